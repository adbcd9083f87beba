using System.Reflection;

namespace Throughline.Workspace.Tests;

/// <summary>Finds files of the repository (the sample workspace); the root is recorded at build time.</summary>
internal static class RepoPaths
{
    public static string Root { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string Acme => Path.Join(Root, "examples", "acme");
}
