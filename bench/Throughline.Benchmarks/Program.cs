using System.Globalization;
using BenchmarkDotNet.Running;

namespace Throughline.Benchmarks;

/// <summary>
/// <c>--generate DIR (--krs N | --units N)</c> writes a generated workspace; <c>--profile [--krs N]</c> times each quality
/// rule and the loader once; <c>--profile-align [--units N]</c> times align + conflicts on N and 2N units;
/// <c>--roadmap [--krs N] [--initiatives N]</c> times the roadmap audit and cut once; <c>--tension-accuracy FILE... [--llm]</c>
/// measures metric tensions on labelled batches (with <c>--llm</c>, also a configured model's judgement); anything else goes to
/// BenchmarkDotNet (e.g. <c>--filter *QualityCheck*</c>).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--generate")
        {
            if (args.Length < 2 || Size(args) is not { } spec)
            {
                Console.Error.WriteLine("usage: --generate DIR (--krs N | --units N)");
                return 2;
            }

            var workspace = OrganisationGenerator.Generate(spec);
            OrganisationGenerator.Write(workspace, args[1]);
            Console.WriteLine($"wrote {workspace.Units.Count} units, {workspace.Objectives.Count} objectives, {workspace.KeyResults.Count()} key results to {args[1]}");
            return 0;
        }

        if (args.Length > 0 && args[0] == "--tension-accuracy")
        {
            return TensionAccuracy.Run(args[1..]);
        }

        if (args.Length > 0 && args[0] == "--profile-align")
        {
            AlignmentProfiler.Run(Size(args)?.Units ?? 2_000);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--roadmap")
        {
            var at = Array.IndexOf(args, "--initiatives");
            var initiatives = at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 2_000;
            RoadmapProfiler.Run(Size(args) ?? OrganisationSpec.ForKeyResults(6_000), initiatives);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--profile")
        {
            RuleProfiler.Run(Size(args) ?? OrganisationSpec.ForKeyResults(20_000));
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static OrganisationSpec? Size(string[] args)
    {
        for (var i = 0; i < args.Length - 1; i++)
        {
            if (int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                switch (args[i])
                {
                    case "--krs":
                        return OrganisationSpec.ForKeyResults(n);
                    case "--units":
                        return OrganisationSpec.ForUnits(n);
                }
            }
        }

        return null;
    }
}
