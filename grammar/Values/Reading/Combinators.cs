using System.Collections.Immutable;
using CmPlan.Grammar.Text;
using Sprache;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>A parsed value and its span, relative to the start of the input the parser was given.</summary>
internal readonly record struct Spanned<T>(T Value, TextSpan Span);

/// <summary>
/// Sequencing for the value grammar. A LINQ query over Sprache parsers builds a new parser and
/// closure at every step of every parse (its <c>SelectMany</c> and <c>Select</c> do); these build
/// their parser once, when the grammar is defined, so reading a value allocates little beyond its
/// results. They keep Sprache's meaning: a failed step fails the sequence, and nothing commits.
/// </summary>
internal static class Combinators
{
    /// <summary><paramref name="first"/>, then <paramref name="second"/> where it stopped; both values combined.</summary>
    public static Parser<TResult> And<T, U, TResult>(this Parser<T> first, Parser<U> second, Func<T, U, TResult> combine) => input =>
    {
        var a = first(input);
        if (!a.WasSuccessful)
        {
            return Result.Failure<TResult>(a.Remainder, a.Message, a.Expectations);
        }

        var b = second(a.Remainder);
        return b.WasSuccessful
            ? Result.Success(combine(a.Value, b.Value), b.Remainder)
            : Result.Failure<TResult>(b.Remainder, b.Message, b.Expectations);
    };

    public static Parser<TResult> Map<T, TResult>(this Parser<T> parser, Func<T, TResult> map) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(map(result.Value), result.Remainder)
            : Result.Failure<TResult>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>The value with the span it was read from, as Sprache's <c>Span()</c> gives, in one small struct.</summary>
    public static Parser<Spanned<T>> Spanned<T>(this Parser<T> parser) => input =>
    {
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success(new Spanned<T>(result.Value, TextSpan.FromBounds(input.Position, result.Remainder.Position)), result.Remainder)
            : Result.Failure<Spanned<T>>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>The value, or null without consuming anything when the parser fails (Sprache's <c>Optional</c>, without the option).</summary>
    public static Parser<T?> OrNull<T>(this Parser<T> parser)
        where T : class => input =>
    {
        var result = parser(input);
        return result.WasSuccessful ? Result.Success<T?>(result.Value, result.Remainder) : Result.Success<T?>(null, input);
    };

    /// <summary>
    /// One item or more, separated by <paramref name="separator"/>: Sprache's <c>DelimitedBy</c>. A
    /// separator not followed by an item is left unread.
    /// </summary>
    public static Parser<ImmutableArray<T>> ListOf<T, U>(this Parser<T> item, Parser<U> separator) => input =>
    {
        var first = item(input);
        if (!first.WasSuccessful)
        {
            return Result.Failure<ImmutableArray<T>>(first.Remainder, first.Message, first.Expectations);
        }

        var items = ImmutableArray.CreateBuilder<T>();
        items.Add(first.Value);
        var remainder = first.Remainder;
        while (separator(remainder) is { WasSuccessful: true } next && item(next.Remainder) is { WasSuccessful: true } following)
        {
            items.Add(following.Value);
            remainder = following.Remainder;
        }

        return Result.Success(items.ToImmutable(), remainder);
    };

    public static T First<T, U>(T first, U second) => first;

    public static U Second<T, U>(T first, U second) => second;
}
