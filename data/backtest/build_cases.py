"""Builds weekly KR backtest cases from a daily public series.

Usage: python3 build_cases.py bike-sharing-daily.csv > bike-sharing-weekly.jsonl

Each daily column (casual, registered, total rides) is summed into Monday-Sunday weeks. For every
other week s from week 13 on (so at least 13 weeks of history), a 13-week cycle starts at week s:
- history:  the weekly values before the cycle (all of them);
- baseline: the mean of the last 4 weeks before the cycle (rounded);
- target:   baseline x ambition, the ambitions cycling through 1.00, 1.05, 1.10, 1.20, 1.35 in case
            order, so they are fixed before the outcome is known;
- checkins: the first 7 weekly values of the cycle (week 7 of 13);
- hit:      whether week 13's value reached the target.
Values are dated on the Sunday that ends their week.
"""
import csv, datetime, json, sys

AMBITIONS = [1.0, 1.05, 1.10, 1.20, 1.35]

def main(path):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    columns = [c for c in rows[0] if c != 'date']
    days = {datetime.date.fromisoformat(r['date']): r for r in rows}
    first = min(days)
    monday = first + datetime.timedelta(days=(7 - first.weekday()) % 7)
    weeks = []
    while all(monday + datetime.timedelta(days=i) in days for i in range(7)):
        week = [days[monday + datetime.timedelta(days=i)] for i in range(7)]
        weeks.append((monday + datetime.timedelta(days=6), {c: sum(int(d[c]) for d in week) for c in columns}))
        monday += datetime.timedelta(days=7)
    for column in columns:
        series = [(d, v[column]) for d, v in weeks]
        for k, s in enumerate(range(13, len(series) - 13 + 1, 2)):
            history, cycle = series[:s], series[s:s + 13]
            baseline = round(sum(v for _, v in history[-4:]) / 4)
            ambition = AMBITIONS[k % len(AMBITIONS)]
            target = round(baseline * ambition)
            case = {
                'id': f'bike-{column}-{cycle[0][0] - datetime.timedelta(days=6)}-x{ambition:.2f}',
                'metric': f'weekly_{column}_rides', 'unit': 'count', 'direction': 'increase',
                'quarter_start': str(cycle[0][0] - datetime.timedelta(days=6)),
                'baseline': baseline, 'target': target,
                'history': [{'date': str(d), 'value': v} for d, v in history],
                'checkins': [{'date': str(d), 'value': v} for d, v in cycle[:7]],
                'hit': cycle[12][1] >= target,
            }
            print(json.dumps(case, separators=(',', ':')))

if __name__ == '__main__':
    main(sys.argv[1])
