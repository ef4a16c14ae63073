using CmPlan.Tests.Support;

namespace CmPlan.Tests.Cli;

/// <summary>An executable <c>cmplan</c> script that runs the built CLI, for scripts and tools that call <c>cmplan</c> by name.</summary>
public static class CmplanShim
{
    /// <summary>Writes <c>cmplan</c> into <paramref name="relativeFolder"/> of <paramref name="folder"/>; returns that folder, to put on PATH.</summary>
    public static string Write(TempFolder folder, string relativeFolder)
    {
        var path = folder.Write($"{relativeFolder}/cmplan", $"#!/bin/sh\nexec \"{CmplanProcess.Dotnet}\" \"{CmplanProcess.Dll}\" \"$@\"\n");
        CmplanProcess.Run("chmod", ["+x", path], folder.Path);
        return Path.GetDirectoryName(path)!;
    }
}
