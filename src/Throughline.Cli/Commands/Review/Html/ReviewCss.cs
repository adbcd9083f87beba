namespace Throughline.Cli.Commands.Review.Html;

/// <summary>The report's one stylesheet, inlined: readable on a laptop and a phone, printable, WCAG AA contrast.</summary>
internal static class ReviewCss
{
    public const string Text = """
        :root{--ink:#1b1f24;--muted:#4a5360;--line:#c9d1db;--bg:#ffffff;--soft:#f3f5f8;--err:#a4161a;--warn:#8a5a00;--ok:#1e6b35;--info:#1f4e8c;--company:#1f3a5f;--accent:#2456a6}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
        header.top{background:var(--company);color:#fff;padding:1rem 1.25rem}
        header.top h1{margin:0;font-size:1.5rem}
        header.top p{margin:.25rem 0 0;color:#e3e9f2}
        nav.toc{position:sticky;top:0;background:var(--soft);border-bottom:1px solid var(--line);padding:.5rem 1.25rem;overflow-x:auto;white-space:nowrap;z-index:2}
        nav.toc a{margin-right:1rem;color:var(--accent);text-decoration:none;font-weight:600}
        main{max-width:1200px;margin:0 auto;padding:0 1.25rem 3rem}
        h2{margin-top:2.25rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
        h3{margin:1.25rem 0 .5rem}
        .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:.75rem}
        .card{border:1px solid var(--line);border-radius:8px;padding:.75rem;background:var(--soft)}
        .card .value{font-size:1.6rem;font-weight:700;display:block}
        .card .label{color:var(--muted);font-size:.9rem}
        ol.actions li{margin:.5rem 0}
        ol.actions .next{display:block;color:var(--ink)}
        ol.actions .why{display:block;color:var(--muted);font-size:.9rem}
        .scroll{overflow-x:auto;border:1px solid var(--line);border-radius:8px;background:#fff}
        table{border-collapse:collapse;width:100%;font-size:.92rem}
        th,td{border-bottom:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
        th{background:var(--soft)}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .sev{font-weight:700;font-size:.8rem;padding:.05rem .35rem;border-radius:4px;border:1px solid currentColor;white-space:nowrap}
        .sev.error{color:var(--err)} .sev.warning{color:var(--warn)} .sev.info{color:var(--info)}
        .kind{font-size:.8rem;padding:.05rem .35rem;border-radius:4px;background:var(--soft);border:1px solid var(--line)}
        .kind.outcome{color:var(--ok)} .kind.output{color:var(--err)} .kind.mixed{color:var(--warn)}
        .score{font-weight:700}
        .verdict,.status{font-size:.8rem;padding:.05rem .35rem;border-radius:4px;border:1px solid currentColor;white-space:nowrap}
        .verdict.covered,.verdict.backed,.status.achieved,.status.ontrack{color:var(--ok)}
        .verdict.thin,.verdict.under-backed,.status.atrisk{color:var(--warn)}
        .verdict.uncovered,.verdict.unbacked,.status.offtrack{color:var(--err)}
        .verdict.backed-through-support,.verdict.unquantified,.status.unknown,.status.notmeasurable{color:var(--muted)}
        ul.findings li{margin:.3rem 0}
        details.unit{border:1px solid var(--line);border-radius:8px;margin:.5rem 0;background:#fff}
        details.unit>summary{cursor:pointer;padding:.6rem .75rem;font-weight:600;background:var(--soft);border-radius:8px}
        details.unit>div{padding:.25rem .75rem .75rem}
        .finding{margin:.2rem 0}
        .rewrite{margin:.2rem 0;padding:.3rem .5rem;border-left:3px solid var(--ok);background:#eef7f0}
        .muted{color:var(--muted)}
        svg.map{max-width:none;height:auto;font:11px system-ui,sans-serif}
        svg.map .col{font-weight:700;fill:var(--muted);font-size:12px}
        svg.map rect{stroke:#6b7785;stroke-width:1;fill:#fff}
        svg.map .company rect{fill:#dbe6f5;stroke:var(--company)}
        svg.map .ckr rect{fill:#eef2f8}
        svg.map .uncovered rect{fill:#fde2e2;stroke:var(--err);stroke-width:2}
        svg.map .thin rect{fill:#fff3d6;stroke:var(--warn);stroke-width:2}
        svg.map .shared rect{fill:#e4f3e8;stroke:var(--ok);stroke-width:2}
        svg.map .local rect{fill:#fff3d6;stroke:var(--warn);stroke-dasharray:4 2}
        svg.map .health rect{fill:#f0f0f0;stroke:#8a8a8a}
        svg.map .more rect{fill:#fff;stroke-dasharray:2 2}
        svg.map text{fill:#1b1f24}
        svg.map .badge{fill:var(--muted);font-size:10px}
        svg.map .link{fill:none;stroke:#9aa5b1;stroke-width:1}
        svg.map .link.s5{stroke:#1e6b35;stroke-width:3}
        svg.map .link.s4{stroke:#3b8a4f;stroke-width:2.5}
        svg.map .link.s3{stroke:#7a8a3b;stroke-width:2}
        svg.map .link.s2{stroke:#b07d1a;stroke-width:1.5}
        svg.map .link.s1{stroke:#a4161a;stroke-width:1.5;stroke-dasharray:5 3}
        .legend span{display:inline-block;margin-right:1rem;font-size:.9rem}
        .sw::before{content:"";display:inline-block;width:.9em;height:.9em;margin-right:.3em;vertical-align:-.1em;border:1px solid #6b7785;border-radius:2px}
        .sw.company::before{background:#dbe6f5} .sw.uncovered::before{background:#fde2e2;border:2px solid #a4161a} .sw.thin::before{background:#fff3d6;border:2px solid #8a5a00}
        .sw.shared::before{background:#e4f3e8;border:2px solid #1e6b35} .sw.local::before{background:#fff3d6;border:1px dashed #8a5a00} .sw.health::before{background:#f0f0f0}
        .charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:.75rem}
        figure.chart{margin:0;border:1px solid var(--line);border-radius:8px;padding:.5rem;background:#fff}
        figure.chart figcaption{font-size:.85rem;color:var(--muted)}
        svg.burnup{width:100%;height:auto;font:10px system-ui,sans-serif}
        svg.burnup .axis{stroke:#6b7785}
        svg.burnup .grid{stroke:#d5dbe3;stroke-dasharray:3 3}
        svg.burnup .tick{fill:#4a5360}
        svg.burnup .plan{stroke:#6b7785;stroke-dasharray:6 4;stroke-width:1.5}
        svg.burnup .today{stroke:var(--accent);stroke-width:1}
        svg.burnup polyline.actual{fill:none;stroke:var(--company);stroke-width:2}
        svg.burnup circle.actual{fill:var(--company)}
        svg.burnup .band{fill:#2456a633}
        svg.burnup .forecast{stroke:var(--accent);stroke-dasharray:2 2;stroke-width:1.5}
        @media (max-width:640px){body{font-size:15px}main{padding:0 .75rem 2rem}th,td{padding:.3rem}}
        @media print{nav.toc{display:none}details.unit>div{display:block}h2{break-after:avoid}figure.chart,tr{break-inside:avoid}}
        """;
}
