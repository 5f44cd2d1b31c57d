import { useAccount } from '../auth-gate.js';
import { Link } from '../router.js';

export interface NavItem {
  to: string;
  label: string;
}

/** The app's top bar: name and the pages, the current one marked with aria-current. */
export function NavBar({ items, current }: { items: readonly NavItem[]; current: string }) {
  const account = useAccount();
  return (
    <header className="top-bar">
      <div className="top-bar__inner">
        <Link to="/" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          Platewise
        </Link>
        <nav aria-label="Main">
          <ul className="nav-list">
            {items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} className="nav-link" aria-current={current === item.to ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {account && (
          <div className="account-bar">
            <span>{account.me.user.username}</span>
            <button className="button" type="button" onClick={() => void account.signOut()}>
              Sign out
            </button>
          </div>
        )}
      </div>
    </header>
  );
}
