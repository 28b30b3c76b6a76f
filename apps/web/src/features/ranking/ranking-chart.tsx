// Loaded with the ranking page only (its own chunk): Recharts is the largest dependency of the app.
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../shared/format/number';
import type { Threshold } from './breakdown';

interface Props {
  /** The chart's accessible name: what it shows, in words (an SVG chart says nothing to a screen reader). */
  label: string;
  bars: { name: string; total: string }[];
  thresholds: Threshold[];
}

const BAR_HEIGHT = 36;

export default function RankingChart({ label, bars, thresholds }: Props) {
  const theme = useTheme();
  const phone = useMediaQuery(theme.breakpoints.down('sm'));
  const data = bars.map((b) => ({ name: b.name, total: Number(b.total) }));
  const max = Math.max(100, ...data.map((d) => d.total), ...thresholds.map((t) => Number(t.points)));
  return (
    <div role="img" aria-label={label} style={{ width: '100%', height: data.length * BAR_HEIGHT + 64 }}>
      <ResponsiveContainer>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 24, right: phone ? 12 : 24, bottom: 8, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={[0, max]} tickFormatter={(v: number) => formatNumber(v)} />
          <YAxis
            type="category"
            dataKey="name"
            width={phone ? 110 : 200}
            tick={{ fontSize: phone ? 10 : 12 }}
            interval={0}
          />
          <Bar dataKey="total" fill={theme.palette.primary.main} isAnimationActive={false} barSize={20} />
          {thresholds.map((t) => (
            <ReferenceLine
              key={t.band}
              x={Number(t.points)}
              stroke={theme.palette.secondary.main}
              strokeDasharray="4 2"
              label={{ value: t.band, position: 'top', fill: theme.palette.secondary.main, fontSize: 12 }}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
