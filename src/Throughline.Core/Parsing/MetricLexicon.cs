using System.Text.RegularExpressions;
using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>What a metric phrase says about itself: whether less is better, and what unit it is usually in.</summary>
internal static partial class MetricLexicon
{
    /// <summary>
    /// True when less of the metric is better (latency, churn, cost), false when more is better (uptime, revenue),
    /// null when the phrase does not say. The first telling word wins: <c>p95 latency for users</c> is lower-is-better.
    /// </summary>
    public static bool? LowerIsBetter(string? metric)
    {
        if (string.IsNullOrWhiteSpace(metric))
        {
            return null;
        }

        var lower = LowerBetterRegex().Match(metric);
        var higher = HigherBetterRegex().Match(metric);
        return (lower.Success, higher.Success) switch
        {
            (true, true) => lower.Index < higher.Index,
            (true, false) => true,
            (false, true) => false,
            _ => null,
        };
    }

    /// <summary>
    /// The unit a bare number has for this metric: stars for app ratings, score for NPS and CSAT, multiple for ratios,
    /// currency for revenue and cost.
    /// </summary>
    public static MeasureUnit? UnitHint(string? metric)
    {
        if (string.IsNullOrWhiteSpace(metric))
        {
            return null;
        }

        return StarsRegex().IsMatch(metric) ? MeasureUnit.Stars
            : ScoreRegex().IsMatch(metric) ? MeasureUnit.Score
            : RatioRegex().IsMatch(metric) ? MeasureUnit.Multiple
            : MoneyRegex().IsMatch(metric) ? MeasureUnit.Currency
            : null;
    }

    /// <summary>Whether the metric measures a time, so a bare number is not a count.</summary>
    public static bool IsTimeLike(string? metric) => metric is not null && TimeRegex().IsMatch(metric);

    /// <summary>Whether the metric is a rate or share, so "points" are percentage points.</summary>
    public static bool IsRateLike(string? metric) => metric is not null && RateRegex().IsMatch(metric);

    [GeneratedRegex(@"\b(?:latenc(?:y|ies)|p\d{2}|response\s+times?|load\s+times?|build\s+times?|cycle\s+times?|lead\s+times?|wait\s+times?|handle\s+times?|resolution\s+times?|time[\s-]to[\s-]\w+|ttf\w*|mtt[rdak]|churn|attrition|turnover|costs?|spend|cac|burn|expenses?|errors?|bugs?|defects?|incidents?|outages?|downtime|tickets?|backlog|escalations?|complaints?|refunds?|returns|chargebacks?|fraud|bounce|abandonment|drop[\s-]?offs?|dso|cancellations?|crash(?:es)?|failures?|vulnerabilit(?:y|ies)|cves?|toil|pages|alerts|aht|flak\w*|tti|lcp|inp|ttfb|delays?|payback|days\s+to\s+\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LowerBetterRegex();

    [GeneratedRegex(@"\b(?:uptime|availability|coverage|retention|conversion|adoption|activation|satisfaction|e?nps|csat|revenue|arr|mrr|nrr|grr|gmv|accuracy|throughput|resolution|resolved|deflection|completion|engagement|usage|[wdm]au|users|customers|accounts|sign[\s-]?ups?|pipeline|bookings|margin|score|rating|velocity|win\s+rate|productivity|savings|share|aov|ltv|renewals?|expansion)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HigherBetterRegex();

    [GeneratedRegex(@"\b(?:stars?|star\s+rating|app\s+(?:store\s+)?ratings?|store\s+ratings?|play\s+store\s+ratings?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StarsRegex();

    [GeneratedRegex(@"\b(?:e?NPS|CSAT|CES|SUS|scores?|ratings?|satisfaction)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreRegex();

    [GeneratedRegex(@"\b(?:ratio|multiple|x)\b|\b\w+:\w+\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatioRegex();

    [GeneratedRegex(@"\b(?:revenue|arr|mrr|gmv|acv|tcv|aov|arpu|arpa|ltv|cac|spend|costs?|budget|bookings|billings|savings|profit|ebitda|cash|burn|income|opex|capex|payroll|prices?|order\s+value|deal\s+size)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyRegex();

    [GeneratedRegex(@"\b(?:time|times|latenc(?:y|ies)|duration|mtt\w|p\d{2}|ttf\w*|payback|speed|dso|aht)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"\b(?:rate|retention|conversion|churn|share|margin|activation|adoption|uptime|availability|coverage|accuracy|utili[sz]ation|penetration|percentage|ratio)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RateRegex();
}
