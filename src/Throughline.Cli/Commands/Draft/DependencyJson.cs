using Throughline.Core.Drafting;

namespace Throughline.Cli.Commands.Draft;

/// <summary>A dependency flag in <c>--format json</c>.</summary>
internal sealed record DependencyJson(string? KeyResult, string OtherUnit, string Reason, string Source)
{
    public static DependencyJson From(DependencyFlag flag) => new(flag.KeyResult?.ToString(), flag.OtherUnit, flag.Reason, flag.Source);
}
