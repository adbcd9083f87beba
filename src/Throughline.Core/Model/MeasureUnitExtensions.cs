namespace Throughline.Core.Model;

/// <summary>What a <see cref="MeasureUnit"/> measures.</summary>
public static class MeasureUnitExtensions
{
    /// <summary>True for a duration: milliseconds up to months.</summary>
    public static bool IsTime(this MeasureUnit unit) => unit is MeasureUnit.Milliseconds or MeasureUnit.Seconds
        or MeasureUnit.Minutes or MeasureUnit.Hours or MeasureUnit.Days or MeasureUnit.Weeks or MeasureUnit.Months;
}
