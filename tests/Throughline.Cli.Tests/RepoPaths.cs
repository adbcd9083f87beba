using System.Reflection;

namespace Throughline.Cli.Tests;

/// <summary>Finds files of the repository; the root is recorded at build time.</summary>
internal static class RepoPaths
{
    public static string Root { get; } =
        typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepoRoot").Value!;

    public static string Acme => Path.Join(Root, "examples", "acme");

    public static string Golden(string name) => Path.Join(Root, "tests", "Throughline.Cli.Tests", "Golden", name);
}
