/**
 * A chart's choices as its form holds them: the parameters whose value differs from the chart as
 * built (the option the build marked selected). What the address says of a chart
 * (src/lib/charts/address.ts), shared by the page's small script and the interactive module.
 */
export function formState(form: HTMLFormElement): Record<string, string> {
  const state: Record<string, string> = {};
  for (const select of form.querySelectorAll("select")) {
    const built = [...select.options].find((o) => o.defaultSelected) ?? select.options[0];
    if (built && select.value !== built.value) state[select.name] = select.value;
  }
  return state;
}

/**
 * Sets the form to `state` (a parameter it does not name goes back to the chart as built); a
 * value the form does not offer is left aside. Whether anything changed.
 */
export function setFormState(form: HTMLFormElement, state: Record<string, string>): boolean {
  let changed = false;
  for (const select of form.querySelectorAll("select")) {
    const built = [...select.options].find((o) => o.defaultSelected) ?? select.options[0];
    const wanted = state[select.name] ?? built?.value;
    if (wanted !== undefined && wanted !== select.value && [...select.options].some((o) => o.value === wanted)) {
      select.value = wanted;
      changed = true;
    }
  }
  return changed;
}
