using System.Collections.Concurrent;
using System.Collections.Immutable;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;
using CmPlan.Grammar.Text;

namespace CmPlan.LanguageServer.Documents;

/// <summary>
/// The plans of the workspace folders as files on disk, for workspace diagnostics and symbols:
/// found by <see cref="PlanWalk"/> (walked again when plans are created or deleted, or the folders
/// change), read with <see cref="SafeFile"/> without following links, at most <see cref="MaxBytes"/>
/// in all, and analysed when first asked for. An analysis is kept while the file's modification
/// time and size stay the same and the settings do not change (<see cref="Clear"/>). Reading and
/// analysing run off the message loop: the kept analyses are a concurrent map, each stamped with
/// the settings generation it was made under.
/// </summary>
public sealed class ClosedPlans
{
    /// <summary>32 MiB of plans read for the workspace in all: far more than a team's plans, a bound on memory.</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, ClosedPlan> analysed = new(StringComparer.Ordinal);
    private ImmutableArray<string> roots = [];
    private PlanWalkResult? walk;
    private long serial;

    /// <summary>The local paths of the workspace folders.</summary>
    public ImmutableArray<string> Roots => roots;

    /// <summary>Bumped when the settings change: analyses made before are not used again.</summary>
    public int Generation { get; private set; }

    /// <summary>A new result id: every analysis, of an open document or of a file, gets its own.</summary>
    public long NextResultId() => Interlocked.Increment(ref serial);

    public void SetRoots(IEnumerable<string> folders)
    {
        roots = [.. folders.Distinct(StringComparer.Ordinal)];
        walk = null;
    }

    /// <summary>Plans were created or deleted: walk again at the next request.</summary>
    public void FilesChanged() => walk = null;

    /// <summary>The settings changed: every plan is analysed again.</summary>
    public void Clear()
    {
        Generation++;
        analysed.Clear();
    }

    /// <summary>
    /// The plans of the folders with their stamps, within <see cref="MaxBytes"/> (on the loop). The
    /// folders are walked again when <paramref name="rewalk"/> or when the last walk is out of date;
    /// a limit reached is told to <paramref name="log"/> once per walk, in <paramref name="words"/>' language.
    /// </summary>
    public ImmutableArray<PlanFile> Files(bool rewalk, Words words, Action<string> log)
    {
        var fresh = walk is null || rewalk;
        if (fresh)
        {
            walk = PlanWalk.Find(roots);
            foreach (var gone in analysed.Keys.Except(walk.Plans, StringComparer.Ordinal))
            {
                analysed.TryRemove(gone, out _);
            }

            if (walk.Limit is { } limit)
            {
                log(words.Say(MessageId.LspWalkStopped, ("limit", limit == PlanWalkLimit.Entries
                    ? words.Say(MessageId.LspWalkStoppedEntries, ("entries", words.LargeCount(PlanWalk.MaxEntries, Noun.FileOrFolder)))
                    : words.Say(MessageId.LspWalkStoppedPlans, ("plans", words.LargeCount(PlanWalk.MaxPlans, Noun.Plan))))));
            }
        }

        var files = ImmutableArray.CreateBuilder<PlanFile>();
        long bytes = 0;
        foreach (var path in walk!.Plans)
        {
            if (FileStamp.Of(path) is not { } stamp)
            {
                continue;
            }

            bytes += stamp.Size;
            if (bytes > MaxBytes)
            {
                if (fresh)
                {
                    log(words.Say(MessageId.LspPlansPastLimit, ("plans", words.Count(files.Count, Noun.PlanRead))));
                }

                break;
            }

            files.Add(new PlanFile(path, FileUris.Of(path), stamp));
        }

        return files.ToImmutable();
    }

    /// <summary>Whether a walk found this plan: the one test that a path may be read.</summary>
    public bool IsListed(string path) => walk is { } known && known.Plans.Contains(path, StringComparer.Ordinal);

    /// <summary>
    /// The plan analysed at its stamp, kept or made now (read and analysed off the loop is fine);
    /// null when it cannot be read (gone, no longer a regular file, too large).
    /// </summary>
    public ClosedPlan? Get(PlanFile file, AnalysisOptions options, int generation)
    {
        if (analysed.TryGetValue(file.Path, out var kept) && kept.Stamp == file.Stamp && kept.Generation == generation)
        {
            return kept;
        }

        byte[] bytes;
        try
        {
            bytes = SafeFile.Read(file.Path, followLinks: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var source = SourceText.FromBytes(bytes);
        var plan = new ClosedPlan(file.Stamp, generation, NextResultId(), new OpenDocument(file.Uri, 0, source, PlanAnalyzer.Analyze(source, options)));
        if (generation == Generation)
        {
            analysed[file.Path] = plan;
        }

        return plan;
    }
}

/// <summary>A plan file of the workspace: its path, its URI and its stamp when listed.</summary>
public sealed record PlanFile(string Path, string Uri, FileStamp Stamp);

/// <summary>
/// The analysis of a plan on disk, as a document at version 0 (the adapters of open documents
/// serve it as they are), with the stamp and settings generation it was made at and its result id.
/// </summary>
public sealed record ClosedPlan(FileStamp Stamp, int Generation, long ResultId, OpenDocument Document)
{
    public AnalysedPlan Plan => new(Document, ResultId, Open: false);
}

/// <summary>A plan analysed for a workspace request: an open document at the editor's version, or a file on disk; with the result id of its analysis.</summary>
public sealed record AnalysedPlan(OpenDocument Document, long ResultId, bool Open);

/// <summary>What tells that a file changed: its modification time and size.</summary>
public readonly record struct FileStamp(long Ticks, long Size)
{
    /// <summary>The stamp of a regular file (a symbolic link is not followed: null, as for a missing file).</summary>
    public static FileStamp? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists && (info.Attributes & FileAttributes.ReparsePoint) == 0
            ? new FileStamp(info.LastWriteTimeUtc.Ticks, info.Length)
            : null;
    }
}
