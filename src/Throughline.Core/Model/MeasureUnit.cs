namespace Throughline.Core.Model;

/// <summary>The unit a metric value is expressed in.</summary>
public enum MeasureUnit
{
    /// <summary>Not stated and not recognisable from the text.</summary>
    Unspecified,

    /// <summary>A plain count (users, accounts, tickets).</summary>
    Count,

    /// <summary>A percentage, stored in points: 30% is 30.</summary>
    Percent,

    /// <summary>Money; the currency code is kept beside the value.</summary>
    Currency,

    /// <summary>Milliseconds.</summary>
    Milliseconds,

    /// <summary>Seconds.</summary>
    Seconds,

    /// <summary>Minutes.</summary>
    Minutes,

    /// <summary>Hours.</summary>
    Hours,

    /// <summary>Days.</summary>
    Days,

    /// <summary>Weeks.</summary>
    Weeks,

    /// <summary>Months.</summary>
    Months,

    /// <summary>A multiple or ratio, e.g. 2x or 1.2.</summary>
    Multiple,

    /// <summary>A score on a scale such as NPS or CSAT points.</summary>
    Score,

    /// <summary>A star rating, e.g. 4.5 stars.</summary>
    Stars,
}
