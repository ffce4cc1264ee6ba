/**
 * The preview's zoom control: Fit width, 100 % and 150 % as a row of toggle buttons in the pane's
 * header, with − and + to step (as Ctrl/Cmd − and + do while the preview has focus; see
 * preview-zoom.ts). The current percentage is shown, so Fit width says what it came to.
 */
import { useTranslation } from 'react-i18next';
import { stepZoom, zoomFactor, type ZoomSetting } from './preview-zoom';

interface Props {
  readonly setting: ZoomSetting;
  readonly fitFactor: number;
  readonly onChange: (setting: ZoomSetting) => void;
}

const PRESETS = [100, 150] as const;

export function ZoomControl({ setting, fitFactor, onChange }: Props) {
  const { t } = useTranslation('session');
  const percent = Math.round(zoomFactor(setting, fitFactor) * 100);
  return (
    <div className="zoom-control" role="group" aria-label={t('zoom.group')}>
      <button type="button" className="button button--small zoom-control__step" aria-label={t('zoom.zoomOut')} title={t('zoom.zoomOut')} onClick={() => onChange(stepZoom(setting, fitFactor, 'out'))}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="button button--small" aria-pressed={setting === 'fit'} title={t('zoom.fitWidthTitle')} onClick={() => onChange('fit')}>
        {t('zoom.fitWidth')}
      </button>
      {PRESETS.map((level) => (
        <button key={level} type="button" className="button button--small" aria-pressed={setting === level} onClick={() => onChange(level)}>
          {t('zoom.percent', { value: level })}
        </button>
      ))}
      <button type="button" className="button button--small zoom-control__step" aria-label={t('zoom.zoomIn')} title={t('zoom.zoomIn')} onClick={() => onChange(stepZoom(setting, fitFactor, 'in'))}>
        <span aria-hidden="true">+</span>
      </button>
      <span className="zoom-control__value muted" data-testid="zoom-value">
        {t('zoom.percent', { value: percent })}
      </span>
    </div>
  );
}
