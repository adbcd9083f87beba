namespace Throughline.Core.Model;

/// <summary>Head count of a unit by role.</summary>
/// <param name="Engineers">Engineers in the unit.</param>
/// <param name="Designers">Designers in the unit.</param>
/// <param name="ProductManagers">Product managers in the unit.</param>
/// <param name="Others">Everyone else (sales, success, finance, analysts).</param>
public sealed record TeamSize(int Engineers = 0, int Designers = 0, int ProductManagers = 0, int Others = 0)
{
    /// <summary>Total head count.</summary>
    public int Total => Engineers + Designers + ProductManagers + Others;
}
