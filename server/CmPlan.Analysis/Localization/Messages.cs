using System.Collections.Immutable;
using System.Text;
using CmPlan.Analysis.Rules.Support;

namespace CmPlan.Analysis.Localization;

/// <summary>
/// The catalogue: a template per <see cref="MessageId"/> and language, filled with named arguments.
/// Plain C# tables (no resources, no reflection: the shipped binary is Native AOT); the French ones
/// are typeset once, on first use.
/// </summary>
public static class Messages
{
    private static readonly string?[] French = new string?[Enum.GetValues<MessageId>().Length];

    /// <summary>The template of <paramref name="id"/> in <paramref name="language"/>, or null when the catalogue lacks it.</summary>
    public static string? Template(Language language, MessageId id)
    {
        if (language != Language.French)
        {
            return EnglishTemplates.Of(id);
        }

        var index = (int)id;
        if ((uint)index >= (uint)French.Length)
        {
            return null;
        }

        return French[index] ??= FrenchTemplates.Of(id) is { } template ? FrenchText.Typeset(template) : null;
    }

    /// <summary>
    /// The template with every <c>{name}</c> replaced by its argument's value. An argument the template
    /// lacks is ignored; a name with no argument stays as written (the catalogue tests keep both from happening).
    /// </summary>
    public static string Format(Language language, MessageId id, params ReadOnlySpan<(string Name, string Value)> arguments)
    {
        var template = Template(language, id) ?? Template(Language.English, id) ?? id.ToString();
        var open = template.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            return template;
        }

        var text = new StringBuilder(template.Length + 32);
        var from = 0;
        while (open >= 0)
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            text.Append(template, from, open - from);
            var name = template.AsSpan(open + 1, close - open - 1);
            if (Find(arguments, name) is { } value)
            {
                text.Append(value);
            }
            else
            {
                text.Append(template, open, close - open + 1);
            }

            from = close + 1;
            open = template.IndexOf('{', from);
        }

        return text.Append(template, from, template.Length - from).ToString();
    }

    /// <summary>The names of a template's arguments, each once, in order of first use.</summary>
    public static ImmutableArray<string> Arguments(string template)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        for (var open = template.IndexOf('{', StringComparison.Ordinal); open >= 0; open = template.IndexOf('{', open + 1))
        {
            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                break;
            }

            var name = template[(open + 1)..close];
            if (!names.Contains(name))
            {
                names.Add(name);
            }
        }

        return names.ToImmutable();
    }

    private static string? Find(ReadOnlySpan<(string Name, string Value)> arguments, ReadOnlySpan<char> name)
    {
        foreach (var (argument, value) in arguments)
        {
            if (name.SequenceEqual(argument))
            {
                return value;
            }
        }

        return null;
    }
}
