namespace Throughline.Core.Portfolio;

/// <summary>
/// The portfolio in a few numbers. A figure is null when the analysis behind it had nothing to measure (no company
/// key results, no roadmap, no check-ins).
/// </summary>
/// <param name="KeyResults">Key results in the cycle.</param>
/// <param name="OutcomeShare">Share of key results that measure an outcome (mixed counts half).</param>
/// <param name="BaselineShare">Share of key results with a stated baseline.</param>
/// <param name="CompanyKeyResults">Company key results in the cycle.</param>
/// <param name="CompanyKeyResultsCovered">Company key results with real team support (coverage verdict "covered").</param>
/// <param name="ConflictsOpen">Cross-team conflicts found at warning level or above (info-level tensions read from levers are not counted).</param>
/// <param name="InitiativesLinkedShare">Share of roadmap effort (or initiatives when effort is unknown) linked to a key result.</param>
/// <param name="OnTrackShare">Share of forecast key results that are achieved or on track.</param>
/// <param name="MeanQuality">Mean key result quality score, 0-100.</param>
public sealed record PortfolioHealth(
    int KeyResults,
    double? OutcomeShare,
    double? BaselineShare,
    int CompanyKeyResults,
    int? CompanyKeyResultsCovered,
    int? ConflictsOpen,
    double? InitiativesLinkedShare,
    double? OnTrackShare,
    double? MeanQuality);
