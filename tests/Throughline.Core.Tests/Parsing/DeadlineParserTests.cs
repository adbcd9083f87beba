using System.Globalization;
using Throughline.Core.Parsing;

namespace Throughline.Core.Tests.Parsing;

public sealed class DeadlineParserTests
{
    private static readonly KrParseContext Q1 = KrParseContext.ForCycle(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 5));

    [Theory]
    [InlineData("by end of Q2", "2026-06-30")]
    [InlineData("end of Q2", "2026-06-30")]
    [InlineData("Q2", "2026-06-30")]
    [InlineData("by Q3 2026", "2026-09-30")]
    [InlineData("Q4 2027", "2027-12-31")]
    [InlineData("2026-Q3", "2026-09-30")]
    [InlineData("Q3'26", "2026-09-30")]
    [InlineData("EOQ", "2026-04-05")]
    [InlineData("end of quarter", "2026-04-05")]
    [InlineData("by the end of the quarter", "2026-04-05")]
    [InlineData("this quarter", "2026-04-05")]
    [InlineData("within the quarter", "2026-04-05")]
    [InlineData("by June 30", "2026-06-30")]
    [InlineData("by 30 June", "2026-06-30")]
    [InlineData("by June 30, 2026", "2026-06-30")]
    [InlineData("June 30th", "2026-06-30")]
    [InlineData("by 2026-06-30", "2026-06-30")]
    [InlineData("2026-06-30", "2026-06-30")]
    [InlineData("by 6/30", "2026-06-30")]
    [InlineData("6/30/2027", "2027-06-30")]
    [InlineData("in H1", "2026-06-30")]
    [InlineData("H2", "2026-12-31")]
    [InlineData("H1 2027", "2027-06-30")]
    [InlineData("by end of year", "2026-12-31")]
    [InlineData("EOY", "2026-12-31")]
    [InlineData("by year end", "2026-12-31")]
    [InlineData("by March", "2026-03-31")]
    [InlineData("by end of March 2027", "2027-03-31")]
    [InlineData("by end of 2026", "2026-12-31")]
    [InlineData("by 2027", "2027-12-31")]
    [InlineData("by week 6", "2026-02-15")]
    [InlineData("by week 1", "2026-01-11")]
    public void TryParse_DeadlinePhrase_ResolvesInTheCycle(string text, string expected)
    {
        Assert.True(DeadlineParser.TryParse(text, Q1, out var deadline));

        Assert.Equal(Date(expected), deadline);
    }

    [Theory]
    [InlineData("by January 15", "2026-01-15")]
    [InlineData("by end of Q1", "2026-03-31")]
    [InlineData("EOQ", "2026-01-04")]
    [InlineData("by end of year", "2025-12-31")]
    public void TryParse_QuarterFourCycle_MovesEarlyDatesIntoNextYear(string text, string expected)
    {
        var q4 = KrParseContext.ForCycle(new DateOnly(2025, 10, 6), new DateOnly(2026, 1, 4));

        Assert.True(DeadlineParser.TryParse(text, q4, out var deadline));

        Assert.Equal(Date(expected), deadline);
    }

    [Theory]
    [InlineData("within 7 days")]
    [InlineData("in 30 days")]
    [InlineData("30-day")]
    [InlineData("in their first week")]
    [InlineData("soon")]
    [InlineData("")]
    [InlineData("by June 31")]
    public void TryParse_NotADeadline_ReturnsFalse(string text)
    {
        Assert.False(DeadlineParser.TryParse(text, Q1, out _));
    }

    [Theory]
    [InlineData("EOQ")]
    [InlineData("by week 6")]
    public void TryParse_CyclePhraseWithoutCycle_ReturnsFalse(string text)
    {
        Assert.False(DeadlineParser.TryParse(text, new KrParseContext(2026), out _));
    }

    [Theory]
    [InlineData("Grow Q2 revenue to $3M")]
    [InlineData("Respond within 1h")]
    [InlineData("Lift week 1 retention to 60%")]
    [InlineData("Grow revenue by 20% in 30 days")]
    [InlineData("Users may churn less than 2%")]
    public void FindAll_WordsThatLookLikeDates_FindsNone(string text)
    {
        Assert.Empty(DeadlineParser.FindAll(text, Q1));
    }

    [Fact]
    public void TryParse_NullContext_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DeadlineParser.TryParse("EOQ", null!, out _));
    }

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
