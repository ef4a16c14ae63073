namespace CmPlan.Analysis.Rules.Content.Urls;

/// <summary>twitter-text's top-level domains (<c>tld_lib.yml</c>, embedded; README.md beside it says where it comes from).</summary>
public static class TwitterTlds
{
    private static readonly Lazy<(IReadOnlyList<string> Country, IReadOnlyList<string> Generic)> Lists = new(Read);

    /// <summary>Country-code TLDs, in the file's order.</summary>
    public static IReadOnlyList<string> Country => Lists.Value.Country;

    /// <summary>Generic TLDs, in the file's order.</summary>
    public static IReadOnlyList<string> Generic => Lists.Value.Generic;

    /// <summary>Reads the two lists of the file: <c>country:</c> and <c>generic:</c>, each followed by <c>- tld</c> lines.</summary>
    internal static (IReadOnlyList<string> Country, IReadOnlyList<string> Generic) Parse(TextReader reader)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal) { ["country"] = [], ["generic"] = [] };
        List<string>? current = null;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                current?.Add(line[2..].Trim());
            }
            else if (line.EndsWith(':'))
            {
                current = lists.GetValueOrDefault(line[..^1]);
            }
        }

        return (lists["country"], lists["generic"]);
    }

    private static (IReadOnlyList<string>, IReadOnlyList<string>) Read()
    {
        using var stream = typeof(TwitterTlds).Assembly.GetManifestResourceStream("tld_lib.yml")
            ?? throw new InvalidOperationException("The embedded resource tld_lib.yml is missing from CmPlan.Analysis.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
