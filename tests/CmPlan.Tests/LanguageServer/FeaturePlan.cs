using System.Text.Json;
using CmPlan.Analysis;
using CmPlan.Grammar.Text;
using CmPlan.LanguageServer.Documents;
using CmPlan.LanguageServer.Protocol.Types;
using static CmPlan.Tests.LanguageServer.Lsp;

namespace CmPlan.Tests.LanguageServer;

/// <summary>A plan with non-ASCII text, a repeat and an expiry, and helpers to ask the server about it.</summary>
public static class FeaturePlan
{
    public const string Text = """
        plan "Café 🎷"
          timezone Europe/Paris
          start 2027-03-01
          end 2027-03-31

        channel mastodon

        post été
          on mastodon
          at 2027-03-03 10:00
          repeat every 7d times 3
          expires 2027-03-20
          text "Fête 🎉 ce soir"

        """;

    public static SourceText Source { get; } = SourceText.From(Text);

    public static AnalysisResult Analyzed { get; } = PlanAnalyzer.Analyze(Source, Options.Analysis);

    public static PositionEncoding EncodingOf(bool utf8) => utf8 ? PositionEncoding.Utf8 : PositionEncoding.Utf16;

    /// <summary>The offset of <paramref name="after"/> plus <paramref name="delta"/>.</summary>
    public static int At(string after, int delta = 0) => Text.IndexOf(after, StringComparison.Ordinal) + delta;

    public static object PositionAt(int offset, bool utf8)
    {
        var position = Positions.ToPosition(Source, offset, EncodingOf(utf8));
        return new { line = position.Line, character = position.Character };
    }

    public static object AtParams(int offset, bool utf8) => new { textDocument = Doc, position = PositionAt(offset, utf8) };

    /// <summary>The result of one request on a started server with the plan open.</summary>
    public static JsonElement Ask(bool utf8, string method, object parameters)
    {
        var response = Assert.Single(Send(Started(utf8, Text), Request(2, method, parameters)));
        return response.GetProperty("result");
    }

    public static TextSpan SpanOf(JsonElement range, bool utf8) =>
        Positions.ToSpan(Source, range.Deserialize<RangeDto>(Web)!, EncodingOf(utf8));

    private static JsonSerializerOptions Web { get; } = new(JsonSerializerDefaults.Web);
}
