using Throughline.Core.Model;
using Throughline.Core.Progress;

namespace Throughline.Core.Tests.Progress;

public sealed class ProgressMathTests
{
    [Theory]
    [InlineData(ProgressKind.Increase, 38.0, 45.0, 41.5, 0.5)]
    [InlineData(ProgressKind.Increase, 38.0, 45.0, 52.0, 2.0)]
    [InlineData(ProgressKind.Increase, 38.0, 45.0, 31.0, -1.0)]
    [InlineData(ProgressKind.Decrease, 2400.0, 1500.0, 2100.0, 1.0 / 3)]
    [InlineData(ProgressKind.Decrease, 2400.0, 1500.0, 2700.0, -1.0 / 3)]
    [InlineData(ProgressKind.Increase, -10.0, 0.0, -5.0, 0.5)]
    [InlineData(ProgressKind.Decrease, -2.0, -6.0, -5.0, 0.75)]
    [InlineData(ProgressKind.Increase, 0.0, 2600000.0, 1300000.0, 0.5)]
    [InlineData(ProgressKind.Increase, 12.0, 12.0, 12.0, 1.0)]
    [InlineData(ProgressKind.Increase, 12.0, 12.0, 11.9, 0.0)]
    [InlineData(ProgressKind.MaintainAtLeast, null, 99.95, 99.97, 1.0)]
    [InlineData(ProgressKind.MaintainAtLeast, null, 99.95, 99.78, 0.0)]
    [InlineData(ProgressKind.MaintainAtMost, null, 200.0, 180.0, 1.0)]
    [InlineData(ProgressKind.MaintainAtMost, null, 200.0, 230.0, 0.0)]
    [InlineData(ProgressKind.Binary, null, null, 1.0, 1.0)]
    [InlineData(ProgressKind.Binary, null, null, 0.0, 0.0)]
    public void Normalised_progress_for_every_kind(ProgressKind kind, double? baseline, double? target, double value, double expected)
    {
        Assert.Equal(expected, ProgressMath.Normalised(kind, baseline, target, value)!.Value, 6);
    }

    [Fact]
    public void Normalised_progress_without_baseline_is_unknown()
    {
        Assert.Null(ProgressMath.Normalised(ProgressKind.Increase, null, 420, 392));
    }

    public static TheoryData<string, MetricDirection?, TargetBound?, double?, double?, bool, ProgressKind> Kinds => new()
    {
        { "increase", MetricDirection.Increase, null, 38, 45, false, ProgressKind.Increase },
        { "decrease", MetricDirection.Decrease, null, 19, 12, false, ProgressKind.Decrease },
        { "direction read from numbers", null, null, 19, 12, false, ProgressKind.Decrease },
        { "maintain at least (default)", MetricDirection.Maintain, null, null, 99.95, false, ProgressKind.MaintainAtLeast },
        { "maintain at most", MetricDirection.Maintain, TargetBound.AtMost, null, 200, false, ProgressKind.MaintainAtMost },
        { "rat", null, null, null, null, true, ProgressKind.Binary },
        { "no target", MetricDirection.Increase, null, 2400, null, false, ProgressKind.Unmeasurable },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Kind_follows_direction_bound_target_and_rat(string why, MetricDirection? direction, TargetBound? bound, double? baseline, double? target, bool rat, ProgressKind expected)
    {
        var kr = new KeyResult
        {
            Ref = OkrRef.ForKeyResult("team", "O1", "KR1"),
            Text = why,
            Direction = direction,
            Bound = bound,
            Baseline = baseline,
            Target = target,
            IsRat = rat,
        };
        Assert.Equal(expected, ProgressMath.KindOf(kr));
    }

    [Theory]
    [InlineData(ProgressKind.Increase, 38.0, 45.0, new[] { 40.0, 46.0 }, 1.0)]
    [InlineData(ProgressKind.Increase, 38.0, 45.0, new[] { 40.0, 42.9 }, 0.7)]
    [InlineData(ProgressKind.Increase, 38.0, 45.0, new[] { 36.0 }, 0.0)]
    [InlineData(ProgressKind.MaintainAtLeast, null, 99.95, new[] { 99.97, 99.78, 99.99, 99.96 }, 0.75)]
    public void Grade_is_clamped_progress_or_share_of_weeks_held(ProgressKind kind, double? baseline, double? target, double[] values, double expected)
    {
        Assert.Equal(expected, ProgressMath.Grade(kind, baseline, target, values));
    }

    [Fact]
    public void Grade_without_values_is_unknown()
    {
        Assert.Null(ProgressMath.Grade(ProgressKind.Increase, 1, 2, []));
    }
}
