namespace Throughline.Cli.Commands.Review.Html;

/// <summary>What a burn-up chart shows for one key result.</summary>
/// <param name="Title">The KR reference and text, for the chart's title and alt text.</param>
/// <param name="Start">First day of the cycle.</param>
/// <param name="End">Last day of the cycle.</param>
/// <param name="AsOf">The review date (a vertical "today" line), or null.</param>
/// <param name="Baseline">The value at the start of the cycle.</param>
/// <param name="Target">The value to reach by the end.</param>
/// <param name="Actuals">Check-in values, oldest first.</param>
/// <param name="Forecast">Projected end-of-cycle value with a low..high band, when forecast.</param>
internal sealed record BurnUp(
    string Title,
    DateOnly Start,
    DateOnly End,
    DateOnly? AsOf,
    double Baseline,
    double Target,
    IReadOnlyList<(DateOnly Date, double Value)> Actuals,
    (double Low, double Mid, double High)? Forecast);
