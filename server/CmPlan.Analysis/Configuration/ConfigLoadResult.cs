using System.Diagnostics.CodeAnalysis;

namespace CmPlan.Analysis.Configuration;

/// <summary>A loaded <c>cmplan.json</c>, or the error that stopped it: exactly one of the two is set.</summary>
public sealed record ConfigLoadResult(ConfigFile? Config, ConfigError? Error)
{
    [MemberNotNullWhen(true, nameof(Config))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Config is not null;

    public static ConfigLoadResult Success(ConfigFile config) => new(config, null);

    public static ConfigLoadResult Failure(ConfigError error) => new(null, error);
}
