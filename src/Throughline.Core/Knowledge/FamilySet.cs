using System.Numerics;

namespace Throughline.Core.Knowledge;

/// <summary>A small set of metric families (one bit each), cheap to combine and compare.</summary>
public readonly record struct FamilySet(int Bits) : IEnumerable<MetricFamily>
{
    /// <summary>True when the set has no family.</summary>
    public bool IsEmpty => Bits == 0;

    /// <summary>How many families the set holds.</summary>
    public int Count => BitOperations.PopCount((uint)Bits);

    /// <summary>A set of one family.</summary>
    public static FamilySet Of(MetricFamily family) => new(1 << (int)family);

    /// <summary>This set with <paramref name="family"/> added.</summary>
    public FamilySet With(MetricFamily family) => new(Bits | (1 << (int)family));

    /// <summary>Both sets together.</summary>
    public FamilySet Union(FamilySet other) => new(Bits | other.Bits);

    /// <summary>The families both sets hold.</summary>
    public FamilySet Intersect(FamilySet other) => new(Bits & other.Bits);

    /// <inheritdoc/>
    public IEnumerator<MetricFamily> GetEnumerator()
    {
        for (var bit = 0; bit < 32; bit++)
        {
            if ((Bits & (1 << bit)) != 0)
            {
                yield return (MetricFamily)bit;
            }
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The families as lower-case words, e.g. "support, satisfaction".</summary>
    public override string ToString() => Names.GetOrAdd(Bits, static bits => string.Join(", ", new FamilySet(bits).Select(f => f.ToString().ToLowerInvariant())));

    /// <summary>Each set's text, written once: reasons name families for tens of thousands of key results.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> Names = new();
}
