export function App() {
  return <h1>Podscan Workbench</h1>;
}
