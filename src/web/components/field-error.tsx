/** The message shown under a field the server or the form found wrong; its id is what the input's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={id}>
      <span className="field-error__icon" aria-hidden="true">
        !
      </span>
      {message}
    </p>
  );
}

/** Joins the ids of a field's hint and error for aria-describedby, or undefined when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter((x): x is string => typeof x === 'string' && x.length > 0);
  return list.length > 0 ? list.join(' ') : undefined;
}
