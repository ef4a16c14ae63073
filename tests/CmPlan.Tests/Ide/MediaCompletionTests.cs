using CmPlan.Analysis.Configuration;
using CmPlan.Analysis.Ide.Completion;
using CmPlan.Tests.Cli;
using CmPlan.Tests.Support;

namespace CmPlan.Tests.Ide;

/// <summary>After <c>media</c>, the images and videos next to the plan (1.2), from the folder the server gives.</summary>
public sealed class MediaCompletionTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private string[] Labels(string plan, bool withFolder = true)
    {
        var path = temp.Write("plans/printemps.cmplan", plan.Replace("|", "", StringComparison.Ordinal));
        var result = Plans.Analyze(plan.Replace("|", "", StringComparison.Ordinal));
        return [.. PlanCompletion.Complete(result, plan.IndexOf('|', StringComparison.Ordinal), withFolder ? MediaFolder.ForPlan(path) : null).Select(i => $"{i.Label} ({i.Detail})")];
    }

    [Fact]
    public void Offers_the_images_and_videos_under_the_plans_folder()
    {
        foreach (var file in new[] { "visuels/affiche.png", "visuels/Teaser.MP4", "visuels/notes.txt", "fête.jpg", ".cache/x.png", "node_modules/y.png", "a/b/c/d/trop-loin.png" })
        {
            temp.WriteBytes("plans/" + file, [0]);
        }

        const string Post = "channel x\n\npost a\n  on x\n  at 2027-03-02 09:00\n  media |\n  text \"Bonjour\"\n";
        Assert.Equal(["fête.jpg (image)", "visuels/Teaser.MP4 (video)", "visuels/affiche.png (image)"], Labels(Post));
        Assert.Equal(["visuels/Teaser.MP4 (video)", "visuels/affiche.png (image)"], Labels(Post.Replace("media |", "media vis|", StringComparison.Ordinal)));
        Assert.Empty(Labels(Post.Replace("media |", "media visuels/affiche.png |", StringComparison.Ordinal)));
        Assert.Empty(Labels(Post, withFolder: false));
    }
}
