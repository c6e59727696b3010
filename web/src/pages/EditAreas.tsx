import { useState } from 'preact/hooks';
import { renameArea } from '../api/accountability';
import { TextField } from '../components/fields';
import { FormFrame, useSaveForm } from '../components/forms';
import { Section } from '../components/text';
import { useI18n } from '../i18n/i18n';

// An editor renames a place everywhere in the municipality at once (each activity audited).

export function RenameAreaForm({ municipalityId }: { municipalityId: string }) {
  const { t } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const form = useSaveForm({
    save: async () => {
      const renamed = await renameArea(municipalityId, { from, to });
      setFrom('');
      setTo('');
      return t('edit.areaRenamed', { count: renamed.activities, name: renamed.name });
    },
  });
  return (
    <Section id="edit-areas" headingId="edit-areas-title" title={t('edit.renameArea')}>
      <p>{t('edit.renameAreaLead')}</p>
      <FormFrame form={form} submit={t('edit.renameAreaSubmit')} labelledBy="edit-areas-title" class="form">
        <TextField
          id="area-from"
          label={t('label.from')}
          required
          maxLength={200}
          value={from}
          onValue={setFrom}
          error={form.errors['/from']}
        />
        <TextField
          id="area-to"
          label={t('label.to')}
          required
          maxLength={200}
          value={to}
          onValue={setTo}
          error={form.errors['/to']}
        />
      </FormFrame>
    </Section>
  );
}
