namespace CmPlan.Cli.Scheduling.Export;

/// <summary>What a plan says that a profile's file cannot carry; each is one line on stderr, in this order.</summary>
public enum ExportLossKind
{
    /// <summary>A row goes to several channels whose texts differ (1.2 variants): it carries one text.</summary>
    Variant,

    /// <summary>A row goes to only some of the file's channels, and the file has no channel column.</summary>
    Channel,

    /// <summary>A carried media's alt text.</summary>
    Alt,

    /// <summary>A media given as a file next to the plan, where the scheduler fetches public URLs.</summary>
    LocalMedia,

    /// <summary>A media after the first, where a row carries one.</summary>
    ExtraMedia,

    /// <summary>A post's tags.</summary>
    Tags,

    /// <summary>A post's approval status.</summary>
    Status,
}
