using Throughline.Core.Model;

namespace Throughline.Core.Tests.Model;

public sealed class CycleCalendarTests
{
    [Theory]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    [InlineData("2026-H2", "2026-07-01", "2026-12-31")]
    [InlineData("2027", "2027-01-01", "2027-12-31")]
    [InlineData("2025-09..2025-12", "2025-09-01", "2025-12-31")]
    [InlineData("2025-11..2026-02", "2025-11-01", "2026-02-28")]
    public void TryCreate_KnownId_GivesCalendarDates(string id, string start, string end)
    {
        Assert.True(CycleCalendar.TryCreate(id, out var cycle));
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), cycle.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), cycle.End);
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026-H3")]
    [InlineData("Q1 2026")]
    [InlineData("next quarter")]
    [InlineData("2025-12..2025-09")]
    [InlineData("2025-13..2026-02")]
    [InlineData("2025-01..2027-06")]
    public void TryCreate_UnknownId_Fails(string id) => Assert.False(CycleCalendar.TryCreate(id, out _));

    [Theory]
    [InlineData("2026-01-01", "2026-03-01", "2026-Q1")]
    [InlineData("2026-07-01", "2026-12-01", "2026-H2")]
    [InlineData("2027-01-01", "2027-12-01", "2027")]
    [InlineData("2025-09-01", "2025-12-01", "2025-09..2025-12")]
    [InlineData("2025-11-01", "2026-01-01", "2025-11..2026-01")]
    public void IdOf_WholeMonths_IsTheCalendarCycleWhenThereIsOne(string first, string last, string id)
    {
        var ci = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal(id, CycleCalendar.IdOf(DateOnly.Parse(first, ci), DateOnly.Parse(last, ci)));
    }

    [Fact]
    public void ElapsedFraction_MidCycle_IsShareOfDays()
    {
        var cycle = new Cycle { Id = "c", Start = new DateOnly(2026, 10, 5), End = new DateOnly(2027, 1, 3) };

        Assert.Equal(91, cycle.Days);
        Assert.Equal(49 / 91.0, cycle.ElapsedFraction(new DateOnly(2026, 11, 22)), 6);
        Assert.Equal(0, cycle.ElapsedFraction(new DateOnly(2026, 9, 1)));
        Assert.Equal(1, cycle.ElapsedFraction(new DateOnly(2027, 2, 1)));
    }

    [Theory]
    [InlineData(100, ChangeKind.Percent, 20, MetricDirection.Increase, 120)]
    [InlineData(100, ChangeKind.Percent, 20, MetricDirection.Decrease, 80)]
    [InlineData(40, ChangeKind.Absolute, 5, MetricDirection.Increase, 45)]
    [InlineData(300, ChangeKind.Multiple, 2, MetricDirection.Increase, 600)]
    [InlineData(300, ChangeKind.Multiple, 2, MetricDirection.Decrease, 150)]
    public void TargetChange_ApplyTo_Baseline(double baseline, ChangeKind kind, double amount, MetricDirection direction, double expected) =>
        Assert.Equal(expected, new TargetChange(amount, kind).ApplyTo(baseline, direction), 6);
}
