namespace Throughline.Cli.Commands.Review.Html;

/// <summary>Who the report is for (seed 000, "Who benefits"); decides which sections it shows.</summary>
internal enum ReviewView
{
    /// <summary>Every section.</summary>
    All,

    /// <summary>A product manager: one unit's OKRs, findings, rewrites, progress and conflicts.</summary>
    Pm,

    /// <summary>A head of product: the portfolio across units.</summary>
    Leader,

    /// <summary>The executive team: cascade quality and alignment problems.</summary>
    Exec,

    /// <summary>Engineering: how roadmap work connects to outcomes.</summary>
    Eng,
}
