using Throughline.Core.Model;
using Throughline.Core.Parsing;

namespace Throughline.Core.Tests.Parsing;

public sealed class QuantityParserTests
{
    [Theory]
    [InlineData("5,000", 5000.0, MeasureUnit.Unspecified, null)]
    [InlineData("5k", 5000.0, MeasureUnit.Unspecified, null)]
    [InlineData("5K", 5000.0, MeasureUnit.Unspecified, null)]
    [InlineData("1.2M", 1200000.0, MeasureUnit.Unspecified, null)]
    [InlineData("2.5 million", 2500000.0, MeasureUnit.Unspecified, null)]
    [InlineData("3bn", 3000000000.0, MeasureUnit.Unspecified, null)]
    [InlineData("12.5", 12.5, MeasureUnit.Unspecified, null)]
    [InlineData("30%", 30.0, MeasureUnit.Percent, null)]
    [InlineData("30 percent", 30.0, MeasureUnit.Percent, null)]
    [InlineData("$2.5M", 2500000.0, MeasureUnit.Currency, "USD")]
    [InlineData("€40k", 40000.0, MeasureUnit.Currency, "EUR")]
    [InlineData("£1,200", 1200.0, MeasureUnit.Currency, "GBP")]
    [InlineData("USD 1.2M", 1200000.0, MeasureUnit.Currency, "USD")]
    [InlineData("40k EUR", 40000.0, MeasureUnit.Currency, "EUR")]
    [InlineData("4.5 stars", 4.5, MeasureUnit.Stars, null)]
    [InlineData("200 ms", 200.0, MeasureUnit.Milliseconds, null)]
    [InlineData("200ms", 200.0, MeasureUnit.Milliseconds, null)]
    [InlineData("2 s", 2.0, MeasureUnit.Seconds, null)]
    [InlineData("3 minutes", 3.0, MeasureUnit.Minutes, null)]
    [InlineData("48 hours", 48.0, MeasureUnit.Hours, null)]
    [InlineData("48h", 48.0, MeasureUnit.Hours, null)]
    [InlineData("7 days", 7.0, MeasureUnit.Days, null)]
    [InlineData("5 business days", 5.0, MeasureUnit.Days, null)]
    [InlineData("2 weeks", 2.0, MeasureUnit.Weeks, null)]
    [InlineData("6 months", 6.0, MeasureUnit.Months, null)]
    [InlineData("2x", 2.0, MeasureUnit.Multiple, null)]
    [InlineData("4.6/5", 4.6, MeasureUnit.Score, null)]
    [InlineData("three", 3.0, MeasureUnit.Unspecified, null)]
    [InlineData("-15%", -15.0, MeasureUnit.Percent, null)]
    public void TryParse_WrittenQuantity_ReadsValueUnitAndCurrency(string text, double value, MeasureUnit unit, string? currency)
    {
        Assert.True(QuantityParser.TryParse(text, out var quantity));

        Assert.Equal(value, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(currency, quantity.Currency);
    }

    [Theory]
    [InlineData("0.5pp", 0.5, MeasureUnit.Percent)]
    [InlineData("5 points", 5.0, MeasureUnit.Unspecified)]
    [InlineData("5 pts", 5.0, MeasureUnit.Unspecified)]
    [InlineData("50 bps", 0.5, MeasureUnit.Percent)]
    public void TryParse_Points_ReadsAnAbsoluteChange(string text, double value, MeasureUnit unit)
    {
        Assert.True(QuantityParser.TryParse(text, out var quantity));

        Assert.True(quantity.IsPoints);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("TBD")]
    [InlineData("p95")]
    [InlineData("5 users")]
    [InlineData("24/7")]
    [InlineData("v2.1.3")]
    [InlineData("3rd")]
    public void TryParse_NotOneQuantity_ReturnsFalse(string? text)
    {
        Assert.False(QuantityParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("Achieve SOC 2 Type II certification")]
    [InlineData("Move 80% of Tier 1 tickets to self-serve")]
    [InlineData("Resolve P1 tickets faster")]
    [InlineData("Ship the iOS 18 widget")]
    public void FindAll_NumbersThatAreNames_AreNotQuantities(string text)
    {
        var tokens = QuantityParser.FindAll(text);

        Assert.DoesNotContain(tokens, t => t.Quantity.Value is 2 or 1 or 18);
    }
}
