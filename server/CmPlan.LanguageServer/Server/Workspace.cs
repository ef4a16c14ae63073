using System.Collections.Immutable;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// What the server knows of the client's workspace: the open documents, the plans on disk in the
/// workspace folders (<see cref="ClosedPlans"/>), the configuration (nearest <c>cmplan.json</c> per
/// folder), the clock (<c>cmplan.now</c>) and the position encoding. A change is applied to a
/// document's text at once and analysed later, once, for the latest version: when a request needs
/// the document or when no message is waiting (<see cref="Flush"/>). Each analysis publishes its
/// diagnostics, unless the client pulls them (<see cref="PullsDiagnostics"/>): then new settings
/// ask it to pull again (<c>refresh</c>).
/// </summary>
public sealed class Workspace(ServerOptions options, Action<PublishDiagnosticsParams> publish, Action<int, string> log, Action refresh)
{
    private readonly Dictionary<string, Entry> documents = new(StringComparer.Ordinal);
    private readonly ConfigCache configs = new(options.Analysis.Config);
    private readonly MediaFolderCache mediaFolders = new();
    private readonly ClosedPlans closed = new();

    public PositionEncoding Encoding { get; set; } = PositionEncoding.Utf16;

    public PlanClock Clock { get; private set; } = options.Analysis.Clock;

    /// <summary>The language of diagnostics, fixes, hover and inlay hints.</summary>
    public Language Language { get; private set; } = options.Analysis.Language;

    /// <summary>Whether the client fills in a code action's edit through <c>codeAction/resolve</c>.</summary>
    public bool ResolvesCodeActions { get; set; }

    /// <summary>
    /// Whether the client pulls diagnostics (it said it can: <c>textDocument.diagnostic</c>). Then
    /// nothing is pushed: VS Code keeps pulled and pushed diagnostics apart and would show each twice.
    /// </summary>
    public bool PullsDiagnostics { get; set; }

    /// <summary>Whether the client tells of plans created and deleted (it watches <c>**/*.cmplan</c> for the server); else each workspace request walks the folders again.</summary>
    public bool WatchesPlans { get; set; }

    /// <summary>The local paths of the workspace folders.</summary>
    public IReadOnlyList<string> Folders => closed.Roots;

    /// <summary>The semantic tokens last sent, for deltas.</summary>
    public SemanticTokenResults Tokens { get; } = new();

    /// <summary>How many analyses of an open document this workspace ran (each publishes once, unless the client pulls).</summary>
    public int Analyses { get; private set; }

    /// <summary>The open documents as last analysed (after <see cref="Flush"/>, their latest versions).</summary>
    public IReadOnlyDictionary<string, OpenDocument> Documents => documents.ToDictionary(d => d.Key, d => d.Value.Analysed, StringComparer.Ordinal);

    public bool HasPendingChanges => documents.Values.Any(d => d.Pending is not null);

    public void Open(TextDocumentItem item)
    {
        var document = options.Spike.Run(() => OpenDocument.Create(item.Uri, item.Version, item.Text, OptionsFor(item.Uri)));
        var entry = new Entry(document);
        documents[item.Uri] = entry;
        Analysed(entry, document);
    }

    /// <summary>Applies every change to the text; the analysis waits (<see cref="Get"/>, <see cref="Flush"/>).</summary>
    public void Change(DidChangeTextDocumentParams parameters)
    {
        if (!documents.TryGetValue(parameters.TextDocument.Uri, out var entry))
        {
            log(2, Words.For(Language).Say(MessageId.LspChangeNotOpen, ("uri", parameters.TextDocument.Uri)));
            return;
        }

        entry.Pending ??= new PendingText(entry.Analysed.Source);
        foreach (var change in parameters.ContentChanges)
        {
            entry.Pending.Apply(change, Encoding);
        }

        entry.Version = parameters.TextDocument.Version;
    }

    public void Close(string uri)
    {
        documents.Remove(uri);
        Tokens.Forget(uri);
        if (!PullsDiagnostics)
        {
            publish(new PublishDiagnosticsParams(uri, null, []));
        }
    }

    public void Clear() => documents.Clear();

    /// <summary>The document at its latest version, analysed (and published) now if it changed since.</summary>
    public OpenDocument Get(string uri) =>
        documents.TryGetValue(uri, out var entry)
            ? Analyse(uri, entry)
            : throw new RpcError(Protocol.ErrorCodes.InvalidParams, $"The document is not open: {uri}");

    /// <summary>Analyses and publishes every document with changes not analysed yet.</summary>
    public void Flush()
    {
        foreach (var (uri, entry) in documents)
        {
            Analyse(uri, entry);
        }
    }

    /// <summary><c>textDocument/formatting</c>: the edits, none when the formatter refused (and says why in the log).</summary>
    public ImmutableArray<TextEditDto> Formatted(string uri)
    {
        var (edits, refusal) = Formatting.For(Get(uri), Encoding);
        if (refusal is not null)
        {
            log(2, refusal); // "not formatted: line 3, column 4: …", in the document's language
        }

        return edits;
    }

    /// <summary>The analysis options of a document: the clock, its nearest <c>cmplan.json</c>, its media folder and the language.</summary>
    /// <summary>A <c>cmplan.json</c> that does not load is logged, in the workspace's language, and ignored.</summary>
    private void ConfigIgnored(ConfigError error) =>
        log(2, Words.For(Language).Say(MessageId.LspConfigIgnored, ("error", error.ToString(Language))));

    public AnalysisOptions OptionsFor(string uri) => new(Clock, configs.For(uri, ConfigIgnored)) { Language = Language, MediaFiles = mediaFolders.For(uri) };

    /// <summary>A new language: every open document is analysed again, and its diagnostics published in it.</summary>
    public void UseLanguage(Language language)
    {
        if (language != Language)
        {
            Language = language;
            Reanalyze();
        }
    }

    /// <summary>A new "now": every open document is analysed again.</summary>
    public void UseClock(PlanClock clock)
    {
        if (clock != Clock)
        {
            Clock = clock;
            Reanalyze();
        }
    }

    /// <summary>A <c>cmplan.json</c> changed: looked up again, and every open document analysed again.</summary>
    public void ConfigurationFilesChanged()
    {
        configs.Clear();
        mediaFolders.Clear();
        Reanalyze();
    }

    /// <summary>Plans were created or deleted in the folders: the next workspace request walks them again.</summary>
    public void PlanFilesChanged() => closed.FilesChanged();

    /// <summary>The workspace folders, as <c>file:</c> URIs (others are ignored): the plans under them are the workspace's.</summary>
    public void UseFolders(IEnumerable<string> uris) =>
        closed.SetRoots(uris.Select(FileUris.LocalPath).OfType<string>());

    /// <summary><c>workspace/didChangeWorkspaceFolders</c>.</summary>
    public void ChangeFolders(IEnumerable<string> added, IEnumerable<string> removed)
    {
        var gone = removed.Select(FileUris.LocalPath).OfType<string>().ToHashSet(StringComparer.Ordinal);
        closed.SetRoots([.. closed.Roots.Where(r => !gone.Contains(r)), .. added.Select(FileUris.LocalPath).OfType<string>()]);
    }

    /// <summary>
    /// <c>textDocument/diagnostic</c>: an open document at its latest version; a plan of the
    /// workspace folders that is not open (VS Code asks once more as it closes one) from disk; any
    /// other document has none.
    /// </summary>
    public DocumentDiagnosticReport DiagnosticReport(string uri, string? previous)
    {
        if (documents.TryGetValue(uri, out var entry))
        {
            var document = Analyse(uri, entry);
            return PullDiagnostics.Report(document, entry.ResultId, previous, Encoding);
        }

        return FileUris.LocalPath(uri) is { } path
            && closed.Files(rewalk: !WatchesPlans, Words.For(Language), message => log(2, message)).FirstOrDefault(f => f.Path == path) is { } file
            && closed.Get(file, OptionsFor(file.Uri), closed.Generation) is { } plan
            ? PullDiagnostics.Report(plan.Document, plan.ResultId, previous, Encoding)
            : PullDiagnostics.None;
    }

    /// <summary>
    /// <c>workspace/diagnostic</c>: a report for every plan of the folders, open or not. What the
    /// loop must do (list the files, analyse changed open documents, look up configurations) is done
    /// now; reading and analysing the files on disk is the work returned, run off the loop.
    /// </summary>
    public Func<CancellationToken, WorkspaceDiagnosticReport> WorkspaceReport(IEnumerable<PreviousResultIdDto> previous)
    {
        var held = previous.GroupBy(p => FileUris.Key(p.Uri), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var open = documents.Keys.Select(FileUris.Key).ToHashSet(StringComparer.Ordinal);
        var plans = Plans();
        var encoding = Encoding;
        return cancellation =>
        {
            var reports = plans(cancellation)
                .Select(p => PullDiagnostics.WorkspaceReport(p, held.GetValueOrDefault(FileUris.Key(p.Document.Uri))?.Value, encoding))
                .ToList();
            var reported = reports.Select(r => FileUris.Key(r.Uri)).ToHashSet(StringComparer.Ordinal);
            // A plan the client holds problems for that is gone (deleted, its folder removed): emptied, or VS Code shows them on.
            var gone = held.Where(h => !reported.Contains(h.Key) && !open.Contains(h.Key)).Select(h => PullDiagnostics.Gone(h.Value.Uri, h.Value.Value));
            return new WorkspaceDiagnosticReport([.. reports, .. gone]);
        };
    }

    /// <summary><c>workspace/symbol</c>: over the open documents and the plans of the folders; like <see cref="WorkspaceReport"/>, files are read off the loop.</summary>
    public Func<CancellationToken, ImmutableArray<SymbolInformationDto>> Symbols(string query)
    {
        var plans = Plans();
        // Open documents outside the folders (or not saved yet) are searched too.
        var others = documents.Where(d => FileUris.LocalPath(d.Key) is not { } path || !closed.IsListed(path)).Select(d => Analyse(d.Key, d.Value)).ToList();
        var encoding = Encoding;
        return cancellation => WorkspaceSymbols.Find([.. plans(cancellation).Select(p => p.Document), .. others], query, encoding, cancellation);
    }

    /// <summary>
    /// The plans of the folders as a request sees them, in path order: an open document as the
    /// editor holds it (analysed now, on the loop), a file on disk read and analysed when the
    /// returned function runs (off the loop), or left out when it cannot be read.
    /// </summary>
    private Func<CancellationToken, IEnumerable<AnalysedPlan>> Plans()
    {
        var open = documents.ToDictionary(d => FileUris.Key(d.Key), d => d, StringComparer.Ordinal);
        var generation = closed.Generation;
        var listed = new List<Listed>();
        foreach (var file in closed.Files(rewalk: !WatchesPlans, Words.For(Language), message => log(2, message)))
        {
            if (open.TryGetValue(file.Path, out var document))
            {
                var analysed = Analyse(document.Key, document.Value);
                listed.Add(new Listed(file, new AnalysedPlan(analysed, document.Value.ResultId, Open: true), null));
            }
            else
            {
                listed.Add(new Listed(file, null, OptionsFor(file.Uri)));
            }
        }

        return cancellation => listed
            .Select(l =>
            {
                cancellation.ThrowIfCancellationRequested();
                return l.Open ?? closed.Get(l.File, l.Options!, generation)?.Plan;
            })
            .OfType<AnalysedPlan>();
    }

    private void Reanalyze()
    {
        closed.Clear();
        foreach (var (uri, entry) in documents)
        {
            var text = OpenDocument.EditorText(entry.Pending?.Text ?? entry.Analysed.Source);
            var document = options.Spike.Run(() => OpenDocument.Create(uri, entry.Version, text, OptionsFor(uri)));
            entry.Pending = null;
            Analysed(entry, document);
        }

        if (PullsDiagnostics)
        {
            refresh();
        }
    }

    /// <summary>A new analysis of an open document: its own result id, and its diagnostics pushed unless the client pulls them.</summary>
    private void Analysed(Entry entry, OpenDocument document)
    {
        Analyses++;
        entry.Analysed = document;
        entry.ResultId = closed.NextResultId();
        if (!PullsDiagnostics)
        {
            publish(DiagnosticConverter.Publish(document, Encoding));
        }
    }

    private OpenDocument Analyse(string uri, Entry entry)
    {
        if (entry.Pending is not { } pending)
        {
            return entry.Analysed;
        }

        var analysis = OptionsFor(uri);
        var document = options.Spike.Run(() => entry.Analysed.Analysed(entry.Version, pending, analysis));
        entry.Pending = null;
        Analysed(entry, document);
        return document;
    }

    /// <summary>One open document: its last analysis, and the changes since, with the version they lead to.</summary>
    private sealed class Entry(OpenDocument analysed)
    {
        public OpenDocument Analysed { get; set; } = analysed;

        public PendingText? Pending { get; set; }

        public int Version { get; set; } = analysed.Version;

        /// <summary>The result id of <see cref="Analysed"/>, for pulled diagnostics.</summary>
        public long ResultId { get; set; }
    }

    /// <summary>A plan file listed for a workspace request: open (analysed), or to read with these options.</summary>
    private sealed record Listed(PlanFile File, AnalysedPlan? Open, AnalysisOptions? Options);
}
