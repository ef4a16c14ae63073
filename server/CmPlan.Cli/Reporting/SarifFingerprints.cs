using System.Security.Cryptography;
using System.Text;

namespace CmPlan.Cli.Reporting;

/// <summary>
/// Stable identities for SARIF results, so code scanning tracks an alert across commits: a hash of
/// the rule, the path, the trimmed text of the result's first line and its occurrence among results
/// sharing those three — unaffected by lines added above it.
/// </summary>
public sealed class SarifFingerprints
{
    public const string Key = "cmplan/v1";

    private readonly Dictionary<string, int> occurrences = new(StringComparer.Ordinal);

    public string Next(string rule, string path, string lineText)
    {
        var identity = $"{rule}\n{path}\n{lineText.Trim()}";
        var occurrence = occurrences.GetValueOrDefault(identity);
        occurrences[identity] = occurrence + 1;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}\n{occurrence}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
