using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;

namespace CmPlan.Bench.Content;

/// <summary>
/// The plan as YAML, with YamlDotNet's reflection-based (de)serializer, hyphenated keys as in
/// <c>.cmplan</c> (<c>min-interval</c>), and multi-line texts as literal blocks (<c>text: |</c>).
/// </summary>
public static class PlanYaml
{
    private static readonly ISerializer Writer = new SerializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .WithEventEmitter(next => new LiteralMultiLine(next))
        .Build();

    /// <summary>A reader as a team would build one: the same naming, defaults otherwise.</summary>
    public static IDeserializer CreateReader() => new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    public static string Write(PlanDocument document) => Writer.Serialize(document);

    private sealed class LiteralMultiLine(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(ScalarEventInfo eventInfo, IEmitter emitter)
        {
            if (eventInfo.Source.Value is string text && text.Contains('\n', StringComparison.Ordinal))
            {
                eventInfo.Style = ScalarStyle.Literal;
            }

            base.Emit(eventInfo, emitter);
        }
    }
}
