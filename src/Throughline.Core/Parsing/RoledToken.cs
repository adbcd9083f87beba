using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>A number with the role the words around it give it, and the text that role consumes.</summary>
internal sealed record RoledToken(QuantityToken Token, TokenRole Role)
{
    /// <summary>Floor or ceiling from a comparator (<c>at least</c>, <c>under</c>, <c>70%+</c>).</summary>
    public TargetBound? Bound { get; init; }

    /// <summary>For changes: the direction the sign or the words say (<c>-15%</c>, <c>30% fewer</c>).</summary>
    public MetricDirection? ChangeDirection { get; init; }

    /// <summary>A duration qualifier (<c>within 2 hours</c>) that can be the target when nothing else is.</summary>
    public bool IsFallbackTarget { get; init; }

    /// <summary>
    /// A count after <c>with</c> or <c>top</c> ("launched with 10 partners", "runbooks for the top 20 alerts"): the
    /// scope of a delivery, and so its target when the text names no other.
    /// </summary>
    public bool IsScopeCount { get; init; }

    /// <summary>One end of a range to stay in (<c>between 20% and 60%</c>): neither a baseline nor a target.</summary>
    public bool IsRange { get; init; }

    /// <summary>Start of the text the role consumes (the connector before the number).</summary>
    public int ConsumedStart { get; init; }

    /// <summary>End of the text the role consumes (the number and words such as <c>of</c> or <c>YoY</c>).</summary>
    public int ConsumedEnd { get; init; }

    /// <summary>End of a period word (<c>YoY</c>, <c>MoM</c>) after a plain number; null when none follows.</summary>
    public int? PeriodTailEnd { get; init; }

    public TextRange Consumed => new(ConsumedStart, ConsumedEnd);

    public static RoledToken Create(QuantityToken token, TokenRole role) =>
        new(token, role) { ConsumedStart = token.Start, ConsumedEnd = token.End };
}
