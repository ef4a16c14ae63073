using CmPlan.Grammar.Text;

namespace CmPlan.Grammar.Values.Reading;

/// <summary>
/// What a value parser yields once the form matched: the value, or why it is not a valid value
/// (30 February, a zero duration). Spans are relative to the start of the value text.
/// </summary>
internal sealed record Checked<T>(T? Value, TextSpan Span, ValueProblem? Error)
{
    public bool IsValid => Error is null;

    public static Checked<T> Ok(T value, TextSpan span) => new(value, span, null);

    public static Checked<T> Fail(TextSpan span, ValueProblem error) => new(default, span, error);

    public Checked<TOut> Map<TOut>(Func<T, TOut> map) =>
        Error is null ? Checked<TOut>.Ok(map(Value!), Span) : Checked<TOut>.Fail(Span, Error);

    public Checked<TOut> As<TOut>() => Checked<TOut>.Fail(Span, Error!);
}
