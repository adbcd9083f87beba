namespace Throughline.Core.Quality.Rules;

/// <summary>One quality rule: a pure function from the cycle's objectives to findings.</summary>
internal interface IQualityRule
{
    /// <summary>The rule's id, severity and documentation.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>The findings for the objectives in <paramref name="context"/>.</summary>
    IEnumerable<Finding> Check(RuleContext context);
}
