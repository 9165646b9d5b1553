// The names of the nominees a desk shows, read once each (GET plans/{plan}/participants/{id}), so
// that Home Affairs, the council and its members see who is proposed, not an id. Kept in the map
// the desk passes, across its reloads; a name that cannot be read (a participant since removed, a
// refused read) leaves the id shown, as before.

export async function readNames(api, plan, nominees, names) {
  const missing = [...new Set((nominees || []).map((n) => n.participantId))].filter((id) => id && !names.has(id));
  await Promise.all(
    missing.map(async (id) => {
      try {
        const p = await api.get(`plans/${encodeURIComponent(plan)}/participants/${encodeURIComponent(id)}`);
        if (p && p.name) names.set(id, p.name);
      } catch (e) {
        // the id stays shown
      }
    }),
  );
  return names;
}
