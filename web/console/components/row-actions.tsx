import { t } from '../i18n';

/** Edit and delete buttons of a list row, named after the row so a screen reader says which. */
export function RowActions(props: { name: string; onEdit: () => void; onDelete: () => void }) {
  const tr = t.value;
  const remove = () => {
    if (confirm(tr('common.deleteConfirm', { name: props.name }))) props.onDelete();
  };
  return (
    <div class="actions">
      <button type="button" class="secondary" onClick={props.onEdit} aria-label={`${tr('common.edit')}: ${props.name}`}>
        {tr('common.edit')}
      </button>
      <button type="button" class="secondary" onClick={remove} aria-label={`${tr('common.delete')}: ${props.name}`}>
        {tr('common.delete')}
      </button>
    </div>
  );
}

/** The buttons under a piece's form: save (add or update) and, while editing, cancel. */
export function FormButtons(props: { editing: boolean; busy: boolean; onCancel: () => void }) {
  const tr = t.value;
  return (
    <div class="actions">
      <button type="submit" disabled={props.busy}>
        {props.editing ? tr('common.save') : tr('common.add')}
      </button>
      {props.editing && (
        <button type="button" class="secondary" onClick={props.onCancel}>
          {tr('common.cancel')}
        </button>
      )}
    </div>
  );
}
