using System.Collections.Immutable;
using CmPlan.Analysis;
using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Localization;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol.Types;

namespace CmPlan.LanguageServer.Server;

/// <summary>
/// What the server knows of the client's workspace: the open documents, the configuration
/// (nearest <c>cmplan.json</c> per folder), the clock (<c>cmplan.now</c>) and the position encoding.
/// A change is applied to a document's text at once and analysed later, once, for the latest
/// version: when a request needs the document or when no message is waiting
/// (<see cref="Flush"/>); each analysis publishes its diagnostics.
/// </summary>
public sealed class Workspace(ServerOptions options, Action<PublishDiagnosticsParams> publish, Action<int, string> log)
{
    private readonly Dictionary<string, Entry> documents = new(StringComparer.Ordinal);
    private readonly ConfigCache configs = new(options.Analysis.Config);
    private readonly MediaFolderCache mediaFolders = new();

    public PositionEncoding Encoding { get; set; } = PositionEncoding.Utf16;

    public PlanClock Clock { get; private set; } = options.Analysis.Clock;

    /// <summary>The language of diagnostics, fixes, hover and inlay hints.</summary>
    public Language Language { get; private set; } = options.Analysis.Language;

    /// <summary>Whether the client fills in a code action's edit through <c>codeAction/resolve</c>.</summary>
    public bool ResolvesCodeActions { get; set; }

    /// <summary>The semantic tokens last sent, for deltas.</summary>
    public SemanticTokenResults Tokens { get; } = new();

    /// <summary>How many analyses of a document this workspace ran (each publishes once).</summary>
    public int Analyses { get; private set; }

    /// <summary>The open documents as last analysed (after <see cref="Flush"/>, their latest versions).</summary>
    public IReadOnlyDictionary<string, OpenDocument> Documents => documents.ToDictionary(d => d.Key, d => d.Value.Analysed, StringComparer.Ordinal);

    public bool HasPendingChanges => documents.Values.Any(d => d.Pending is not null);

    public void Open(TextDocumentItem item)
    {
        var document = options.Spike.Run(() => OpenDocument.Create(item.Uri, item.Version, item.Text, OptionsFor(item.Uri)));
        Analyses++;
        documents[item.Uri] = new Entry(document);
        publish(DiagnosticConverter.Publish(document, Encoding));
    }

    /// <summary>Applies every change to the text; the analysis waits (<see cref="Get"/>, <see cref="Flush"/>).</summary>
    public void Change(DidChangeTextDocumentParams parameters)
    {
        if (!documents.TryGetValue(parameters.TextDocument.Uri, out var entry))
        {
            log(2, $"Change to a document that is not open: {parameters.TextDocument.Uri}");
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
        publish(new PublishDiagnosticsParams(uri, null, []));
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

    private void Reanalyze()
    {
        foreach (var (uri, entry) in documents)
        {
            var text = OpenDocument.EditorText(entry.Pending?.Text ?? entry.Analysed.Source);
            var document = options.Spike.Run(() => OpenDocument.Create(uri, entry.Version, text, OptionsFor(uri)));
            Analyses++;
            entry.Analysed = document;
            entry.Pending = null;
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
        Analyses++;
        entry.Analysed = document;
        entry.Pending = null;
        publish(DiagnosticConverter.Publish(document, Encoding));
        return document;
    }

    /// <summary>One open document: its last analysis, and the changes since, with the version they lead to.</summary>
    private sealed class Entry(OpenDocument analysed)
    {
        public OpenDocument Analysed { get; set; } = analysed;

        public PendingText? Pending { get; set; }

        public int Version { get; set; } = analysed.Version;
    }
}
