using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol;

namespace CmPlan.LanguageServer.Server;

/// <summary>The rest of a request's answer: the response, serialized (the caller owns it); it checks the token if it runs long.</summary>
public delegate OutgoingMessage Work(CancellationToken cancellation);

/// <summary>
/// How one request is answered. <see cref="Start"/> reads the params and the workspace on the
/// message loop and returns the <see cref="Work"/> left; a <see cref="Background"/> handler's work
/// runs off the loop (on immutable snapshots), so that the next keystroke is not kept waiting.
/// </summary>
public sealed record RequestHandler(Func<Workspace, JsonElement, JsonElement?, Work> Start, bool Background)
{
    /// <summary>A request answered at once, on the loop.</summary>
    public static RequestHandler Now<TParams, TResult>(JsonTypeInfo<TParams> read, JsonTypeInfo<TResult> write, Func<Workspace, TParams, TResult?> answer) =>
        new(
            (workspace, id, parameters) =>
            {
                var result = answer(workspace, Rpc.Read(parameters, read));
                return _ => Rpc.Respond(id, result, write);
            },
            Background: false);

    /// <summary>A request whose answer may take long: prepared on the loop, computed off it.</summary>
    public static RequestHandler Later<TParams, TResult>(JsonTypeInfo<TParams> read, JsonTypeInfo<TResult> write, Func<Workspace, TParams, Func<CancellationToken, TResult?>> start) =>
        new(
            (workspace, id, parameters) =>
            {
                var work = start(workspace, Rpc.Read(parameters, read));
                return cancellation => Rpc.Respond(id, work(cancellation), write);
            },
            Background: true);

    /// <summary>
    /// A request that only reads its document: the document is taken on the loop (analysed there if
    /// it changed, so edits stay in order), and the answer is computed and serialized off it, from
    /// that immutable snapshot, so that the requests of an editor's round do not wait behind each
    /// other. Work that has not started when the request is cancelled or made stale does not run.
    /// </summary>
    public static RequestHandler Snapshot<TParams, TResult>(
        JsonTypeInfo<TParams> read,
        JsonTypeInfo<TResult> write,
        Func<TParams, string> uri,
        Func<OpenDocument, PositionEncoding, TParams, TResult?> answer) =>
        Snapshot(read, uri, (id, document, encoding, parameters) => Rpc.Respond(id, answer(document, encoding, parameters), write));

    /// <summary>A <see cref="Snapshot{TParams, TResult}"/> request whose response <paramref name="respond"/> writes itself (an answer too large to build as objects first).</summary>
    public static RequestHandler Snapshot<TParams>(
        JsonTypeInfo<TParams> read,
        Func<TParams, string> uri,
        Func<JsonElement, OpenDocument, PositionEncoding, TParams, OutgoingMessage> respond) =>
        new(
            (workspace, id, json) =>
            {
                var parameters = Rpc.Read(json, read);
                var document = workspace.Get(uri(parameters));
                var encoding = workspace.Encoding;
                return cancellation =>
                {
                    cancellation.ThrowIfCancellationRequested();
                    return respond(id, document, encoding, parameters);
                };
            },
            Background: true);
}
