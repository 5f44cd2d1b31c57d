import { useEffect, type ComponentType } from 'react';
import { NavBar, type NavItem } from './components/nav-bar.js';
import { GoalPage } from './pages/goal-page.js';
import { HomeRoot } from './pages/home-page.js';
import { SettingsPage } from './pages/settings-page.js';
import { ImportPage } from './pages/import-page.js';
import { DiaryRoot } from './pages/diary-page.js';
import { WorkoutsPage } from './pages/workouts-page.js';
import { BalancePage } from './pages/balance-page.js';
import { BodyPage } from './pages/body-page.js';
import { GainPlanPage } from './pages/gain-plan-page.js';
import { Link, navigate, usePath } from './router.js';

interface Route extends NavItem {
  title: string;
  page: ComponentType;
  /** A page reached from another page rather than the top bar; the bar marks that page's item instead. */
  under?: string;
}

/** The pages, in nav order. Diary, Workouts, Balance, Body and Home join this list as they are built. */
const ROUTES: readonly Route[] = [
  // The home screen once a goal is set; the goal page before.
  { to: '/', label: 'Home', title: 'Today', page: HomeRoot },
  // Owns everything below /diary: the day (/diary?date=), search-and-log (/diary/add) and the week (/diary/week).
  { to: '/diary', label: 'Diary', title: 'Food diary', page: DiaryRoot },
  { to: '/goal', label: 'Goal', title: 'Calorie goal', page: GoalPage },
  // Owns everything below /workouts: a workout (/workouts/ID) and an exercise's progress (/workouts/exercise/ID).
  { to: '/workouts', label: 'Workouts', title: 'Workouts', page: WorkoutsPage },
  { to: '/balance', label: 'Balance', title: 'Training balance', page: BalancePage },
  { to: '/body', label: 'Body', title: 'Body weight', page: BodyPage },
  { to: '/gain-plan', label: 'Gain plan', title: 'Muscle-gain plan', page: GainPlanPage, under: '/body' },
  { to: '/settings', label: 'Settings', title: 'Settings', page: SettingsPage },
  // Imports from other apps, and the export downloads.
  { to: '/import', label: 'Import', title: 'Import and export', page: ImportPage },
];

/** Paths that stand for another until their own page exists. */
const REDIRECTS: Readonly<Record<string, string>> = {};

function NotFound() {
  return (
    <div className="page-header">
      <h1 className="page-title">Page not found</h1>
      <p className="page-lead">
        There is nothing at this address. <Link to="/goal">Go to your calorie goal</Link>.
      </p>
    </div>
  );
}

/** The shell: skip link, top bar, and the page for the current path. */
export function App() {
  const rawPath = usePath();
  const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
  const redirect = REDIRECTS[path];
  const route = ROUTES.find((r) => r.to === path || path.startsWith(`${r.to}/`));

  useEffect(() => {
    if (redirect) navigate(redirect, { replace: true });
  }, [redirect]);

  useEffect(() => {
    document.title = route ? `${route.title} · Platewise` : 'Platewise';
  }, [route]);

  const Page = route?.page ?? (redirect ? null : NotFound);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <NavBar items={ROUTES.filter((r) => !r.under)} current={route?.under ?? route?.to ?? ''} />
      <main id="main" className="main" tabIndex={-1}>
        {Page && <Page />}
      </main>
    </>
  );
}
