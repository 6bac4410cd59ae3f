// The options of a team picker: "the whole organisation" (an empty value) first, then the
// teams in tree order, indented by depth. Shared by the pulse editor and the event results scope.
export function TeamOptions({ whole, teams }: { whole: string; teams: ReadonlyArray<{ id: string; name: string; depth: number }> }) {
  return (
    <>
      <option value="">{whole}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {"\u00a0\u00a0".repeat(team.depth)}
          {team.name}
        </option>
      ))}
    </>
  );
}
