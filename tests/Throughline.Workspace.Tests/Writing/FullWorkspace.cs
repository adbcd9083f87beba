namespace Throughline.Workspace.Tests.Writing;

/// <summary>A small workspace that uses every file and every field of the format.</summary>
internal static class FullWorkspace
{
    public static void WriteTo(TempWorkspace workspace) => workspace
        .With("workspace.yaml", """
            organisation: Northwind Payments
            current_cycle: 2026-Q2
            mission: Money moves as fast as a message.
            pillars:
              - id: merchants
                name: Merchants love us
                description: Small merchants pick us first.
            cycles:
              - id: 2026-Q2
                start: 2026-04-06
                end: 2026-07-05
            settings:
              max_objectives_per_unit: 2
              min_krs_per_objective: 2
              max_krs_per_objective: 4
              checkin_cadence_days: 14
            """)
        .With("units.yaml", """
            units:
              - id: northwind
                name: Northwind Payments
                kind: company
              - id: checkout
                name: Checkout
                kind: product-team
                parent: northwind
                area: "Hosted checkout: cart to confirmation"
                segments: [SMB, Enterprise]
                metrics: [checkout_conversion]
                size: {engineers: 7, designers: 1, pms: 1, others: 0}
                capacity_for_asks: 2
                lead: Ana Lima
              - id: risk
                name: Risk platform
                kind: platform-team
                parent: northwind
                capacity_for_asks: 5.5
            """)
        .With("okrs/northwind.yaml", """
            unit: northwind
            cycle: 2026-Q2
            objectives:
              - id: O1
                title: Merchants get paid without friction
                why: so that small merchants choose us first
                pillar: merchants
                owner_person: CEO
                key_results:
                  - id: KR1
                    text: Grow processed volume from $40M to $52M per month
                  - id: KR2
                    text: Keep dispute rate under 0.4%
                    direction: maintain
                    bound: at-most
                    target: 0.4
                    unit: percent
            """)
        .With("okrs/checkout.yaml", """
            unit: checkout
            cycle: 2026-Q2
            objectives:
              - id: O1
                title: Buyers finish checkout on the first try
                type: enabler
                health: true
                weight: 2
                supports:
                  - ref: northwind/O1-KR1
                    contribution: Conversion is processed volume's biggest lever.
                    accepted: false
                key_results:
                  - id: KR1
                    text: Raise checkout conversion by 5 points
                    metric: checkout_conversion
                    unit: percent
                    direction: increase
                    baseline: 61
                    change: "5"
                    stretch: 68
                    deadline: 2026-06-30
                    measurement:
                      source: Snowflake
                      event: checkout_completed
                      dashboard: Checkout funnel
                    indicator: leading
                    owner: Ana Lima
                    contributors: [risk]
                    weight: 1.5
                  - id: KR2
                    text: Test one-tap pay with 200 buyers; 60% or more prefer it
                    rat: true
                    pass_threshold: 60% of 200 buyers prefer one-tap
                    currency: EUR
            """)
        .With("kpis.yaml", """
            kpis:
              - id: auth-uptime
                metric: auth_uptime
                unit: risk
                healthy_min: 99.95
                healthy_max: 100
                measure: percent
            """)
        .With("dependencies.yaml", """
            dependencies:
              - id: dep-1
                from: checkout
                on: risk
                kr: checkout/O1-KR1
                need: Lower false-positive fraud blocks
                engineer_weeks: 3
                needed_by: 2026-05-15
                agreed: true
            """)
        .With("roadmap.yaml", """
            initiatives:
              - id: CHK-1
                title: One-tap pay
                description: Saved cards for returning buyers.
                unit: checkout
                cycle: 2026-Q2
                status: in-progress
                expected: 2026-05-30
                shipped: 2026-06-02
                effort: 6
                moves:
                  - kr: O1-KR1
                    expected: 2.5
                    why: Returning buyers skip card entry.
                depends_on: []
                labels: [conversion, wallet]
            """)
        .With("metrics.yaml", """
            metrics:
              - id: checkout_conversion
                name: Checkout conversion
                synonyms: [conversion, CVR]
                definition: Completed checkouts / started checkouts, daily.
                unit: percent
                source: Snowflake
                event: checkout_completed
                dashboard: Checkout funnel
                owner: checkout
                good_direction: increase
                indicator: leading
              - id: auth_uptime
                name: Authorisation uptime
                unit: percent
            """)
        .With("metric-history.csv", """
            metric,date,value
            checkout_conversion,2026-03-29,60.5
            checkout_conversion,2026-04-05,61
            """)
        .With("checkins.csv", """
            kr,date,value,confidence,note,risks,author
            checkout/O1-KR1,2026-04-17,61.4,2,Wallet beta live,,Ana Lima
            checkout/O1-KR1,2026-05-01,,1,"Needs ""quotes"", commas, and
            a second line",Fraud rules,Ana Lima
            """)
        .With("events.yaml", """
            events:
              - id: ev-1
                date: 2026-05-04
                end: 2026-05-08
                kind: incident
                title: Card network outage
                description: Authorisations failed for 3 hours.
                metrics: [checkout_conversion]
                units: [checkout, risk]
            """)
        .With("decisions.yaml", """
            decisions:
              - date: 2026-05-10
                what: Lowered checkout/O1-KR1 stretch
                why: Outage week
                who: Head of Product
                affects: [checkout/O1-KR1]
                previous_target: 68
                new_target: 66
            """)
        .With("grades.yaml", """
            grades:
              - kr: northwind/O1-KR2
                cycle: 2026-Q2
                score: 0.7
                note: Held under the line all quarter.
            """);
}
