using System.Text;
using CmPlan.Bench.Content;
using CmPlan.Bench.Generation;

namespace CmPlan.Bench.Drivers;

/// <summary><c>generate --out DIR SIZE…</c>: writes plan-SIZE.cmplan, .json and .yaml for each size.</summary>
internal static class Generate
{
    public static int Run(string output, IEnumerable<int> sizes)
    {
        Directory.CreateDirectory(output);
        foreach (var size in sizes)
        {
            var plan = PlanGenerator.Generate(size);
            Write(output, size, "cmplan", CmPlanWriter.Write(plan));
            Write(output, size, "json", PlanJson.Write(plan));
            Write(output, size, "yaml", PlanYaml.Write(plan));
        }

        return 0;
    }

    public static string PathOf(string folder, int size, string extension) => Path.Combine(folder, $"plan-{size}.{extension}");

    private static void Write(string folder, int size, string extension, string text) =>
        File.WriteAllText(PathOf(folder, size, extension), text, new UTF8Encoding(false));
}
