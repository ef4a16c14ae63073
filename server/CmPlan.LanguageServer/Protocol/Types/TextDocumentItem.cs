using System.Text.Json.Serialization;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>An opened document.</summary>
public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, [property: JsonConverter(typeof(EditorTextConverter))] string Text);
