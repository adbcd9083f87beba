using Throughline.Core.Model;

namespace Throughline.Core.Tests.Model;

public sealed class OkrRefTests
{
    [Theory]
    [InlineData("growth/O1-KR2", "growth", "O1", "KR2")]
    [InlineData("growth / O1 - KR2", "growth", "O1", "KR2")]
    [InlineData("O1-KR2", null, "O1", "KR2")]
    [InlineData("customer-success/O3", "customer-success", "O3", null)]
    [InlineData("O2", null, "O2", null)]
    public void TryParse_ValidReference_ReadsItsParts(string text, string? scope, string objective, string? keyResult)
    {
        Assert.True(OkrRef.TryParse(text, out var okrRef));
        Assert.Equal(scope, okrRef.Scope);
        Assert.Equal(objective, okrRef.Objective);
        Assert.Equal(keyResult, okrRef.KeyResult);
    }

    [Theory]
    [InlineData("")]
    [InlineData("growth/")]
    [InlineData("growth/O1-KR2-KR3")]
    [InlineData("/O1")]
    [InlineData("growth/1-KR2")]
    public void TryParse_Malformed_Fails(string text) => Assert.False(OkrRef.TryParse(text, out _));

    [Fact]
    public void InScope_LocalReference_TakesTheScopeButKeepsAQualifiedOne()
    {
        OkrRef.TryParse("O1-KR2", out var local);
        OkrRef.TryParse("acme/O1", out var full);

        Assert.Equal("growth/O1-KR2", local!.InScope("growth").ToString());
        Assert.Equal("acme/O1", full!.InScope("growth").ToString());
    }

    [Fact]
    public void ObjectiveRef_OfKeyResult_DropsTheKeyResult() =>
        Assert.Equal("growth/O1", OkrRef.ForKeyResult("growth", "O1", "KR2").ObjectiveRef.ToString());

    [Fact]
    public void ForObjective_InvalidId_Throws() =>
        Assert.Throws<ArgumentException>(() => OkrRef.ForObjective("growth", "O-1"));
}
