using System.Text.Json.Serialization;

namespace CmPlan.LanguageServer.Protocol.Types;

/// <summary>One change: the range replaced by the text, or the whole text when the range is absent.</summary>
public sealed record TextDocumentContentChangeEvent([property: JsonConverter(typeof(EditorTextConverter))] string Text, RangeDto? Range = null);
