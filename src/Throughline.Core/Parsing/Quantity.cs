using Throughline.Core.Model;

namespace Throughline.Core.Parsing;

/// <summary>A number as people write it in a key result, read into a value and a unit.</summary>
/// <param name="Value">
/// The value with magnitudes applied (<c>5k</c> is 5000, <c>$2.5M</c> is 2500000). Percentages are kept in points:
/// <c>30%</c> is 30, and basis points are converted to percentage points (<c>50 bps</c> is 0.5).
/// </param>
/// <param name="Unit">The unit the text states; <see cref="MeasureUnit.Unspecified"/> for a bare number.</param>
/// <param name="Currency">ISO currency code when the number is money (<c>$</c>, <c>€</c>, <c>USD</c>).</param>
/// <param name="IsPoints">
/// True when the number is written in points (<c>5 pp</c>, <c>5 points</c>, <c>50 bps</c>): an absolute change in the
/// metric's own unit rather than a level.
/// </param>
public readonly record struct Quantity(double Value, MeasureUnit Unit, string? Currency = null, bool IsPoints = false);
