<?php
// In your child theme's functions.php: the kit and the cart at the top of every page.
add_action( 'wp_body_open', function () {
	?>
<script type="module" src="https://cdn.jsdelivr.net/npm/scalev-elements/dist/scalev.js"></script>
<scalev-store
  store-id="store_XXXXXXXXXX"
  storefront-key="sfpk_XXXXXXXXXXXXXXXX"
  checkout-url="/checkout/"
  order-url="/pesanan/?order={secret_slug}"
  account-url="/akun/"
></scalev-store>
<scalev-cart mode="popover"></scalev-cart>
	<?php
} );
